/// The effect port: carries out the effects `update` returns, starting work and returning at once, and answers with
/// messages posted to a ``MessageSink`` later. The UI's run loop and the command line's headless runs both drive it.
public protocol EffectHandler: Sendable {
    /// Starts `effect` (never `.quit`, which the driver handles) and posts its result(s) to `mailbox` later.
    func start(_ effect: TriageEffect, mailbox: any MessageSink)
}

/// Where an ``EffectHandler`` posts the messages its effects answer with; safe from any thread or task.
public protocol MessageSink: Sendable {
    /// Posts `message` for the next turn of `update`.
    func post(_ message: TriageMessage)
}

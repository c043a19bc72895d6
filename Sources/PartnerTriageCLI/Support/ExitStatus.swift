/// The exit codes of `partner-triage`, as documented in `--help` and the README.
enum ExitStatus {
    /// Everything asked for was done.
    static let success: Int32 = 0
    /// A request failed: the service answered with an error or the network failed.
    static let requestFailed: Int32 = 1
    /// Bad usage or invalid input; nothing was sent.
    static let usage: Int32 = 2
    /// Ctrl-C stopped a bulk run (128 + SIGINT); SIGTERM and SIGHUP give 143 and 129.
    static let interrupted: Int32 = 130
}

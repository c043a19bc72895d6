import TriageEffects

/// The shared start of `reject` and `accept`: ids read and checked, and the audit log ready, before anything
/// is sent.
enum DecisionInput {
    /// The de-duplicated, validated ids from the arguments and `--from-file`.
    static func ids(_ options: DecisionOptions, context: CommandContext) throws -> [String] {
        var fileText: String?
        var fileName: String?
        if let path = options.fromFile {
            (fileText, fileName) = try context.readIDFile(path)
        }
        return try InvitationIDList(arguments: options.ids, fileText: fileText, fileName: fileName).ids
    }

    /// The audit log, created if missing; a log that cannot be written stops the run before it starts.
    static func auditLog(context: CommandContext) throws -> AuditLog {
        do {
            let log = try AuditLog(environment: context.environment)
            try log.prepare()
            return log
        } catch let error as AuditLogError {
            throw CLIError.usage("\(error) Nothing was sent.")
        }
    }
}

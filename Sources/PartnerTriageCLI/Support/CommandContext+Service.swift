import PartnerCentral
import TriageEffects

extension CommandContext {
    /// Opens a connection for `options`, runs `body` with its service and always shuts the connection down.
    func withService<Result: Sendable>(
        _ options: GlobalOptions,
        _ body: (any TriageService) async throws -> Result
    ) async throws -> Result {
        try await withConnection(options) { try await body($0.service) }
    }

    /// Opens a connection for `options`, runs `body` with it and always shuts it down.
    func withConnection<Result: Sendable>(
        _ options: GlobalOptions,
        _ body: (ServiceConnection) async throws -> Result
    ) async throws -> Result {
        let connection = try await connect(
            configuration.applyingProfile(to: options.clientOptions, environment: environment))
        do {
            let result = try await body(connection)
            await connection.shutdown()
            return result
        } catch {
            await connection.shutdown()
            throw error
        }
    }

    /// The catalog a command works in: `--catalog`, else the config file's `catalog`.
    ///
    /// - Throws: ``CLIError`` (usage) when neither names one.
    func catalog(_ argument: CatalogArgument?) throws -> CatalogArgument {
        if let argument { return argument }
        if let configured = configuration.catalog { return configured == .aws ? .aws : .sandbox }
        let file = ConfigFile.location(environment: environment)?.path ?? "the config file"
        throw CLIError.usage(
            "Missing --catalog: give --catalog AWS or --catalog Sandbox, or set catalog = \"Sandbox\" in \(file).")
    }

    /// The text of a `--from-file` argument: standard input for `-`, else the file.
    ///
    /// Reads at most ``InvitationIDList/maxFileBytes`` (and one byte more, to know there is more): endless input
    /// such as `yes |` stops with a usage error instead of filling memory.
    func readIDFile(_ path: String) throws -> (text: String, name: String) {
        let limit = InvitationIDList.maxFileBytes
        if path == "-" {
            let text = console.readInput(upTo: limit + 1)
            guard text.utf8.count <= limit else { throw InvitationIDList.tooLarge("standard input") }
            return (text, "standard input")
        }
        let text: String
        do {
            text = try readFile(path)
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError.usage("Cannot read the id file '\(TerminalText.quote(path))': \(error.localizedDescription)")
        }
        guard text.utf8.count <= limit else {
            throw InvitationIDList.tooLarge("the id file '\(TerminalText.quote(path))'")
        }
        return (text, path)
    }
}

import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// Opens an address in the user's browser, when there is one to open from here.
enum BrowserOpener {
    /// Starts `$BROWSER`, `open` (macOS) or `xdg-open` (a desktop session) with `url`; `false` in an SSH session,
    /// without a display, when no opener is found or when it cannot be started, so the caller copies the address
    /// instead. Returns once the opener runs; a task reaps it when it exits.
    static func open(_ url: String, environment: [String: String]) async -> Bool {
        guard let command = command(environment: environment) else { return false }
        let (started, report) = AsyncStream.makeStream(of: Bool.self)
        Task.detached {
            // Nothing is inherited on the standard streams: the browser must not write over the screen the UI draws.
            let configuration = Configuration(executable: .path(FilePath(command)), arguments: [url])
            do {
                _ = try await Subprocess.run(configuration, input: .none, output: .discarded, error: .discarded) { _ in
                    report.yield(true)
                }
            } catch {
                report.yield(false)
            }
            report.finish()
        }
        for await opened in started { return opened }
        return false
    }

    /// The opener to run, or `nil` when a browser would open on another machine or not at all.
    static func command(environment: [String: String]) -> String? {
        if environment["SSH_CONNECTION"] != nil || environment["SSH_TTY"] != nil { return nil }
        let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        func find(_ name: String) -> String? {
            if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return path.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let browser = environment["BROWSER"], !browser.isEmpty, !browser.contains(" ") {
            return find(browser)
        }
        #if os(macOS)
            return find("open")
        #else
            let hasDisplay = !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
            return hasDisplay ? find("xdg-open") : nil
        #endif
    }
}

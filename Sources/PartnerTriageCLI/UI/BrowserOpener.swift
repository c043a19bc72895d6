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
    /// without a display, or when no opener is found, so the caller copies the address instead.
    static func open(_ url: String, environment: [String: String]) -> Bool {
        guard let command = command(environment: environment) else { return false }
        // Found and executable, so it starts; the task only reaps it. Nothing is inherited on the standard streams:
        // the browser must not write over the screen the UI is drawing.
        Task.detached {
            _ = try? await Subprocess.run(
                .path(FilePath(command)), arguments: [url], input: .none, output: .discarded, error: .discarded)
        }
        return true
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

import Foundation
import NIOCore

/// Why the emulator could not take its address, in words a user can act on (the socket layer's own text names
/// internal functions).
enum ListenFailure {
    /// `address already in use`, `permission denied`, …: the system's words for the failed bind, else the error's.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? IOError else { return String(describing: error) }
        switch error.errnoCode {
        case EADDRINUSE: return "another program is listening there"
        case EACCES: return "permission denied (ports below 1024 need privileges)"
        case EADDRNOTAVAIL: return "that address is not one of this machine's"
        default: return String(cString: strerror(error.errnoCode)).lowercased()
        }
    }
}

import Foundation
import PartnerCentral
import Synchronization
import TriageCore
import TriageTerminal

/// Carries MFA code requests from the credential provider to the UI's dialog and the answers back.
///
/// The prompter posts `.mfaCodeRequested` to the run loop's mailbox and waits; the effect runner passes the dialog's
/// `.answerMFA(code:)` to ``answer(_:)``. Requests that arrive while one is open wait their turn (the provider
/// coalesces fetches, so that is rare).
final class MFACodeBroker: Sendable {
    private let mailbox: Mailbox
    private let state = Mutex(Waiting())

    private struct Waiting {
        var nextID = 0
        var queue: [(id: Int, prompt: String, continuation: CheckedContinuation<String, any Error>)] = []
        var closed = false
    }

    /// Creates a broker posting to the run loop's mailbox.
    init(mailbox: Mailbox) {
        self.mailbox = mailbox
    }

    /// The prompter for the credential chain.
    var prompter: MFATokenCodePrompter {
        { [self] request in try await code(for: request) }
    }

    /// Opens the dialog (or queues behind the one open) and returns the code typed.
    ///
    /// - Throws: ``MFACodeDialogError`` when the user cancels or the UI is closing; `CancellationError` when the
    ///   waiting task is cancelled.
    func code(for request: MFATokenCodeRequest) async throws -> String {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let post = state.withLock { state -> Bool? in
                    guard !state.closed else { return nil }
                    state.queue.append((id, request.prompt, continuation))
                    return state.queue.count == 1
                }
                switch post {
                case nil: continuation.resume(throwing: MFACodeDialogError.closed)
                case true?: mailbox.post(.mfaCodeRequested(prompt: request.prompt))
                case false?: break
                }
            }
        } onCancel: {
            withdraw(id)
        }
    }

    /// The dialog's answer for the oldest request: the code, or `nil` when the user cancelled.
    func answer(_ code: String?) {
        let (waiter, next) = state.withLock { state in
            state.queue.isEmpty ? (nil, nil) : (state.queue.removeFirst(), state.queue.first?.prompt)
        }
        guard let waiter else { return }
        if let code {
            waiter.continuation.resume(returning: code)
        } else {
            waiter.continuation.resume(throwing: MFACodeDialogError.cancelled)
        }
        if let next { mailbox.post(.mfaCodeRequested(prompt: next)) }
    }

    /// Fails every waiting request and any later one (the UI is closing).
    func close() {
        let waiting = state.withLock { state in
            state.closed = true
            defer { state.queue.removeAll() }
            return state.queue
        }
        for waiter in waiting { waiter.continuation.resume(throwing: MFACodeDialogError.closed) }
    }

    /// A waiting task was cancelled. A request whose dialog is not open yet leaves quietly; the one shown keeps its
    /// place so the dialog's answer still has somewhere to go, and is failed here.
    private func withdraw(_ id: Int) {
        let continuation = state.withLock { state -> CheckedContinuation<String, any Error>? in
            guard let index = state.queue.firstIndex(where: { $0.id == id }), index > 0 else { return nil }
            return state.queue.remove(at: index).continuation
        }
        continuation?.resume(throwing: CancellationError())
    }
}

/// Why the MFA dialog gave no code; one line for the footer.
enum MFACodeDialogError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Esc in the dialog.
    case cancelled
    /// The UI closed while the request waited.
    case closed

    var description: String {
        switch self {
        case .cancelled: "No MFA code was entered, so the credentials could not be fetched; nothing was sent."
        case .closed: "The MFA code was not entered before the UI closed; nothing was sent."
        }
    }

    var errorDescription: String? { description }
}

extension PartnerCentralClient {
    /// `GetEngagementInvitation`.
    ///
    /// An answer whose `Id` or `Arn` names another invitation is refused (``PartnerCentralError/invalidResponse(_:detail:)``):
    /// a caller would otherwise show, or act on, one invitation while believing it is another.
    public func getEngagementInvitation(
        _ request: GetEngagementInvitationRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> EngagementInvitation {
        let context = Self.context(catalog: request.catalog, identifier: request.identifier)
        let invitation = try await run { () async throws(CallFailure) in
            try await call(
                .getEngagementInvitation, request, as: EngagementInvitation.self, context: context, priority: priority
            ).0
        }
        if let other = Self.otherInvitation(named: invitation, requested: request.identifier) {
            throw PartnerCentralError.invalidResponse(
                context, detail: "it describes invitation \(other) instead; nothing from it is used")
        }
        return invitation
    }

    /// The identifier an answer names when that is not the requested invitation (an id and its ARN are the same
    /// invitation; two different ARNs never are).
    static func otherInvitation(named invitation: EngagementInvitation, requested: String) -> String? {
        func plainID(_ identifier: String) -> String {
            guard identifier.hasPrefix("arn:"), let slash = identifier.lastIndex(of: "/") else { return identifier }
            return String(identifier[identifier.index(after: slash)...])
        }
        if let id = invitation.id, plainID(id) != plainID(requested) { return id }
        if let arn = invitation.arn {
            if requested.hasPrefix("arn:") ? arn != requested : plainID(arn) != requested { return arn }
        }
        return nil
    }
}

import PartnerCentral

extension InvitationStore {
    /// Where a page of a fixed list (an engagement's members) starts: 0 without a token, else after the token's row.
    func resumeIndex(_ token: String?, query: String) throws(AWSJSONError) -> Int {
        guard let key = try resumeKey(token, query: query) else { return 0 }
        return (Int(key.id) ?? -1) + 1
    }

    /// A token that resumes a fixed list after the row at `index`.
    func indexToken(after index: Int, query: String) -> String {
        pageToken.make(after: RowKey(nil, id: String(index)), query: query)
    }
}

import PartnerCentral

/// What an operation answers: a JSON value to write, or a body written already.
///
/// List pages come written: each stored invitation keeps its list row as compact JSON text, so a page is joined from
/// rows rather than parsed from the stored invitations and written again.
enum OperationOutput {
    case value(JSONValue)
    case written(String)

    /// The output as a JSON value (a written body is parsed again, for `--sparse-responses` to change).
    var json: JSONValue {
        switch self {
        case .value(let value): value
        case .written(let text): (try? JSONParser.parse(Array(text.utf8))) ?? .object(JSONObject())
        }
    }

    /// The compact JSON text of the response body.
    var body: String {
        switch self {
        case .value(let value): PythonJSONWriter.compact(value)
        case .written(let text): text
        }
    }
}

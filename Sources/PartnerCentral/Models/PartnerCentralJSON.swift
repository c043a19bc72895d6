import Foundation

/// Foundation coders for the service's wire shapes: member names are written and matched exactly as the model
/// spells them (the models carry their own names), with keys sorted so output is stable.
package enum PartnerCentralJSON {
    /// A decoder for service JSON.
    package static func decoder() -> JSONDecoder { JSONDecoder() }

    /// An encoder for service JSON.
    package static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

import Foundation

/// JSON coding for the service's wire shapes: PascalCase member names map to the models' camelCase properties.
///
/// Every model in this module must be encoded and decoded with these coders.
public enum PartnerCentralJSON {
    /// A decoder for service JSON.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            WireKey(string: lowerFirst(path.last!.stringValue))  // safe: a decoding path is never empty
        }
        return decoder
    }

    /// An encoder for service JSON, with keys sorted so output is stable.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .custom { path in
            WireKey(string: upperFirst(path.last!.stringValue))  // safe: an encoding path is never empty
        }
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func lowerFirst(_ key: String) -> String {
        guard let first = key.first, first.isUppercase else { return key }
        return first.lowercased() + key.dropFirst()
    }

    static func upperFirst(_ key: String) -> String {
        guard let first = key.first else { return key }
        return first.uppercased() + key.dropFirst()
    }

    struct WireKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}

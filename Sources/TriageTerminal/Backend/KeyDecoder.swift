import TriageCore

/// Turns what `get_wch` returned into a ``Key``; a pure function, so key handling is testable without a terminal.
package enum KeyDecoder {
    /// Key codes from curses.h, copied as plain values so decoding needs no curses at all.
    enum Code {
        static let down: UInt32 = 0o402
        static let up: UInt32 = 0o403
        static let left: UInt32 = 0o404
        static let right: UInt32 = 0o405
        static let home: UInt32 = 0o406
        static let backspace: UInt32 = 0o407
        static let f0: UInt32 = 0o410
        static let delete: UInt32 = 0o512
        static let pageDown: UInt32 = 0o522
        static let pageUp: UInt32 = 0o523
        static let enter: UInt32 = 0o527
        static let backTab: UInt32 = 0o541
        static let find: UInt32 = 0o552
        static let select: UInt32 = 0o601
        static let end: UInt32 = 0o550
        static let a1: UInt32 = 0o534
        static let c1: UInt32 = 0o537
        static let a3: UInt32 = 0o535
        static let c3: UInt32 = 0o540
        static let resize: UInt32 = 0o632
    }

    /// Decodes a function-key code (`get_wch` returned `KEY_CODE_YES`).
    package static func decode(keyCode code: UInt32) -> Key? {
        switch code {
        case Code.up: .up
        case Code.down: .down
        case Code.left: .left
        case Code.right: .right
        case Code.home, Code.find, Code.a1: .home
        case Code.end, Code.select, Code.c1: .end
        case Code.pageUp, Code.a3: .pageUp
        case Code.pageDown, Code.c3: .pageDown
        case Code.enter: .enter
        case Code.backspace: .backspace
        case Code.delete: .delete
        case Code.backTab: .backTab
        case (Code.f0 + 1)...(Code.f0 + 24): .function(Int(code - Code.f0))
        default: nil
        }
    }

    /// Decodes a character (`get_wch` returned `OK`).
    package static func decode(character value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        case 1...26:
            // Safe to force unwrap: 0x60 + 1...26 is a lowercase ASCII letter.
            return .ctrl(Character(Unicode.Scalar(0x60 + value)!))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }
}

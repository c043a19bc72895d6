/// How a cell is drawn: colour roles plus attributes that also work on a monochrome terminal.
public struct CellStyle: Sendable, Hashable {
    /// Text attributes, combinable.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Bold text.
        public static let bold = Attributes(rawValue: 1 << 0)
        /// Reverse video: the selection marker that works without colour.
        public static let reverse = Attributes(rawValue: 1 << 1)
        /// Underlined text.
        public static let underline = Attributes(rawValue: 1 << 2)
        /// Dim text.
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    /// Foreground colour role.
    public var foreground: ColorRole
    /// Background colour role.
    public var background: ColorRole
    /// Attributes.
    public var attributes: Attributes

    /// Creates a style.
    public init(foreground: ColorRole = .standard, background: ColorRole = .standard, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = CellStyle()

    /// This style with extra attributes.
    public func adding(_ extra: Attributes) -> CellStyle {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }
}

import Foundation

/// Expected customer spend as one monthly figure per currency, for the list's spend column and its sort.
public struct MonthlySpend: Hashable, Sendable {
    /// The monthly total in the first currency the invitation names.
    public var amount: Double
    /// That currency's code, cleaned (USD, EUR, …).
    public var currency: String
    /// Whether other currencies were sent too (they are not added: there is no exchange rate here).
    public var hasOtherCurrencies: Bool

    /// Sums the lines of the first currency, each turned into a monthly amount; `nil` when no line has an amount.
    public init?(_ lines: [InvitationDetails.Spend]) {
        var totals: [(currency: String, amount: Double)] = []
        for line in lines {
            guard let amount = Double(line.amount), amount.isFinite, amount >= 0,
                let months = MonthlySpend.months(in: line.frequency)
            else { continue }
            if let index = totals.firstIndex(where: { $0.currency == line.currency }) {
                totals[index].amount += amount / months
            } else {
                totals.append((line.currency, amount / months))
            }
        }
        guard let first = totals.first else { return nil }
        self.amount = first.amount
        self.currency = first.currency
        self.hasOtherCurrencies = totals.count > 1
    }

    /// Months a payment covers; the model allows only `Monthly`, the others are what the service may add.
    static func months(in frequency: String) -> Double? {
        switch frequency.lowercased() {
        case "monthly": 1
        case "quarterly": 3
        case "annually", "annual", "yearly": 12
        case "weekly": 12.0 / 52.0
        default: nil
        }
    }

    /// Short text for the column, e.g. `12.5k USD`, `1.2M EUR+` (the plus: other currencies too).
    public var text: String {
        let more = hasOtherCurrencies ? "+" : ""
        return "\(MonthlySpend.compact(amount)) \(currency)\(more)"
    }

    /// 950, 12.5k, 3M: three significant figures at most, so the column stays narrow and comparable by eye.
    static func compact(_ value: Double) -> String {
        let units: [(Double, String)] = [(1e9, "B"), (1e6, "M"), (1e3, "k")]
        for (scale, suffix) in units where value >= scale {
            return trimmed(value / scale) + suffix
        }
        return trimmed(value)
    }

    private static func trimmed(_ value: Double) -> String {
        let text = value >= 100 ? String(format: "%.0f", value) : String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

import Foundation
import PropertyBased
import Testing

@testable import PartnerCentral

/// Properties of the JSON writer (what it writes parses back to the same value, in Foundation's parser too) and of
/// the pacer's token bucket (it never grants more than rate × time + capacity).
@Suite struct WriterAndBucketPropertyTests {
    /// A JSON tree a few levels deep built from a seed: strings with controls, quotes, non-ASCII and emoji;
    /// integers and doubles as Python prints them; booleans and nulls.
    static func tree(seed: UInt64, depth: Int = 3) -> JSONValue {
        var random = SplitMix(state: seed)
        return tree(&random, depth: depth)
    }

    static func tree(_ random: inout SplitMix, depth: Int) -> JSONValue {
        switch random.next() % (depth > 0 ? 7 : 5) {
        case 0: return .string(text(&random))
        case 1: return .number(String(Int64(bitPattern: random.next()) >> Int64(random.next() % 60)))
        case 2:
            let double = Double(bitPattern: random.next())
            return .number(PythonNumber.repr(double.isFinite ? double : 0.5))
        case 3: return .bool(random.next() % 2 == 0)
        case 4: return .null
        case 5: return .array((0..<Int(random.next() % 4)).map { _ in tree(&random, depth: depth - 1) })
        default:
            return .object(
                JSONObject((0..<Int(random.next() % 4)).map { _ in (text(&random), tree(&random, depth: depth - 1)) }))
        }
    }

    static func text(_ random: inout SplitMix) -> String {
        let pools: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x2FFF, 0x1F600...0x1F64F]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int(random.next() % 10) {
            let pool = pools[Int(random.next() % 3)]
            if let scalar = Unicode.Scalar(pool.lowerBound + UInt32(random.next() % UInt64(pool.count))) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A small, seedable generator (SplitMix64), so a failing seed reproduces the tree.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func whatTheWriterWritesParsesBack() async throws {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int.max)) { seed in
            let value = Self.tree(seed: UInt64(seed))
            for text in [PythonJSONWriter.pretty(value), PythonJSONWriter.compact(value)] {
                #expect((try? JSONParser.parse(Array(text.utf8))) == value, "\(text)")
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil,
                    "\(text)")
            }
        }
    }

    @Test func theBucketNeverGrantsMoreThanRateTimesTimePlusCapacity() async {
        await propertyCheck(
            count: 300, input: Gen.double(in: 0.5...20), Gen.double(in: 1...20),
            Gen.double(in: 0...0.5).array(of: 1...300)
        ) { rate, capacity, gaps in
            var bucket = TokenBucket(rate: rate, capacity: capacity)
            var now = 1000.0
            let start = now
            var granted = 0
            for gap in gaps {
                now += gap
                if bucket.take(now: now) { granted += 1 }
                let bound = rate * (now - start) + capacity
                #expect(Double(granted) <= bound + 1e-9, "granted \(granted) > \(bound)")
            }
        }
    }
}

import Foundation

#if FUZZING
    /// libFuzzer's entry point; `PARTNER_TRIAGE_FUZZ_TARGET` names the target (default: responses).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let name = ProcessInfo.processInfo.environment["PARTNER_TRIAGE_FUZZ_TARGET"] ?? "responses"
        FuzzTarget(rawValue: name)?.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
#else
    /// Without libFuzzer: a seeded, mutational harness over the corpus, so the same targets run in every test run.
    ///
    ///     PartnerTriageFuzz TARGET CORPUS-FOLDER [--runs N] [--seed N]
    @main
    struct PartnerTriageFuzz {
        static func main() throws {
            let arguments = CommandLine.arguments.dropFirst()
            guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments.first ?? "") else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                FileHandle.standardError.write(Data("usage: PartnerTriageFuzz \(names) CORPUS [--runs N] [--seed N]\n".utf8))
                exit(2)
            }
            let folder = URL(fileURLWithPath: arguments.dropFirst().first ?? ".")
            let runs = option("--runs", in: arguments) ?? 20_000
            var mutator = SeededMutator(seed: UInt64(option("--seed", in: arguments) ?? 1))
            let corpus = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .sorted { $0.path < $1.path }
                .map { Array(try Data(contentsOf: $0)) }
            let seeds = corpus.isEmpty ? [[UInt8]()] : corpus
            for input in seeds { target.run(input) }
            for run in 0..<runs { target.run(mutator.mutate(seeds[run % seeds.count])) }
            print("\(target.rawValue): \(seeds.count) corpus inputs and \(runs) mutations, no invariant broken")
        }

        static func option(_ name: String, in arguments: ArraySlice<String>) -> Int? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.endIndex else { return nil }
            return Int(arguments[index + 1])
        }
    }
#endif

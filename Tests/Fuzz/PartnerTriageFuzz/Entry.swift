import Foundation

#if FUZZING
    /// libFuzzer's entry point; `PARTNER_TRIAGE_FUZZ_TARGET` names the target (default: responses).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let name = ProcessInfo.processInfo.environment["PARTNER_TRIAGE_FUZZ_TARGET"] ?? "responses"
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzTarget(rawValue: name)?.run(bytes)
        return 0
    }

    /// libFuzzer's documented driver entry, declared here because no module map exports it.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The package manager links an executable's `main` to `<module>_main`; here that starts libFuzzer's driver.
    @_cdecl("PartnerTriageFuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments, fuzzOneInput)
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
                FileHandle.standardError.write(
                    Data("usage: PartnerTriageFuzz \(names) CORPUS [--runs N] [--seed N]\n".utf8))
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

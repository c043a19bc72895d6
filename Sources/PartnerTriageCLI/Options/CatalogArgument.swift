import ArgumentParser
import PartnerCentral

/// `--catalog`: `AWS` (production) or `Sandbox` (testing), matched case-insensitively.
enum CatalogArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case aws = "AWS"
    case sandbox = "Sandbox"

    init?(argument: String) {
        guard let catalog = Catalog(matching: argument) else { return nil }
        self.init(rawValue: catalog.rawValue)
    }

    /// The client's catalog.
    var catalog: Catalog { self == .aws ? .aws : .sandbox }
}

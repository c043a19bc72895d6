import PartnerCentral

extension SeedShape {
    /// One element of a seed's `Opportunities`: a `GetOpportunity` response (botocore 1.44.8) plus the emulator-only
    /// `EmulatorAwsOpportunitySummary`. Every member name is checked at the levels the store reads (the top,
    /// `Customer`, `Customer.Account`, `Project`, `LifeCycle`, `OpportunityTeam`); deeper parts are kept as given.
    static let opportunity: SeedShape = .structure(
        name: "GetOpportunityResponse",
        members: [
            ("Catalog", .string(pattern: ModelPattern("[a-zA-Z]+"))),
            ("PrimaryNeedsFromAws", .list(.enumeration(PrimaryNeedFromAws.self), count: nil)),
            ("NationalSecurity", .enumeration(NationalSecurity.self)),
            ("PartnerOpportunityIdentifier", .string(length: 0...64)),
            (
                "Customer",
                .structure(
                    name: "Customer",
                    members: [
                        (
                            "Account",
                            .structure(
                                name: "Account",
                                members: [
                                    ("Industry", .enumeration(Industry.self)),
                                    ("OtherIndustry", .string(length: 0...255)),
                                    ("CompanyName", .string(length: 0...120)),
                                    ("WebsiteUrl", .string(length: 4...255)),
                                    ("AwsAccountId", .string(pattern: ModelPattern("([0-9]{12}|\\w{1,12})"))),
                                    ("Address", .any),
                                    ("Duns", .string(pattern: ModelPattern("[0-9]{9}"), expected: "9 digits")),
                                ])
                        ),
                        ("Contacts", .list(contact, count: nil)),
                    ])
            ),
            (
                "Project",
                .structure(
                    name: "Project",
                    members: [
                        ("DeliveryModels", .list(.enumeration(DeliveryModel.self), count: nil)),
                        ("ExpectedCustomerSpend", .list(.any, count: 0...10)),
                        ("ExpectedContractDuration", .any),
                        ("Title", .string(length: 0...255)),
                        ("ApnPrograms", .list(.string(), count: nil)),
                        ("CustomerBusinessProblem", .string(length: 20...2000)),
                        ("CustomerUseCase", .string()),
                        ("RelatedOpportunityIdentifier", opportunityId),
                        ("SalesActivities", .list(.enumeration(SalesActivity.self), count: nil)),
                        ("CompetitorName", .enumeration(CompetitorName.self)),
                        ("OtherCompetitorNames", .string(length: 0...255)),
                        ("OtherSolutionDescription", .string(length: 0...255)),
                        ("AdditionalComments", .string(length: 1...255)),
                        ("AwsPartition", .enumeration(AwsPartition.self)),
                    ])
            ),
            ("OpportunityType", .enumeration(OpportunityType.self)),
            ("Marketing", .any),
            ("SoftwareRevenue", .any),
            ("Id", opportunityId),
            ("Arn", .string(pattern: ModelPattern("arn:.*"), expected: "an ARN (arn:…)")),
            ("LastModifiedDate", .timestamp),
            ("CreatedDate", .timestamp),
            ("RelatedEntityIdentifiers", .any),
            (
                "LifeCycle",
                .structure(
                    name: "LifeCycle",
                    members: [
                        ("Stage", .enumeration(Stage.self)),
                        ("ClosedLostReason", .enumeration(ClosedLostReason.self)),
                        ("NextSteps", .string(length: 0...255)),
                        (
                            "TargetCloseDate",
                            .string(
                                pattern: ModelPattern("[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])"),
                                expected: "a YYYY-MM-DD date")
                        ),
                        ("ReviewStatus", .enumeration(ReviewStatus.self)),
                        ("ReviewComments", .string()),
                        ("ReviewStatusReason", .string()),
                        ("NextStepsHistory", .list(.any, count: 0...50)),
                    ])
            ),
            ("OpportunityTeam", .list(contact, count: 0...10)),
            ("EmulatorAwsOpportunitySummary", .any),
        ])

    /// `O` and up to 19 digits.
    static let opportunityId: SeedShape = .string(
        pattern: ModelPattern("O[0-9]{1,19}"), expected: "O followed by 1 to 19 digits")

    /// A partner or customer contact.
    static let contact: SeedShape = .structure(
        name: "Contact",
        members: [
            ("Email", .string(length: 0...80)),
            ("FirstName", .string(length: 0...80)),
            ("LastName", .string(length: 0...80)),
            ("BusinessTitle", .string(length: 0...80)),
            ("Phone", .string(pattern: ModelPattern("\\+[1-9]\\d{1,14}"), expected: "+ and up to 15 digits")),
        ])
}

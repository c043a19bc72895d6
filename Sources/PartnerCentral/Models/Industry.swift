/// A customer industry.
public struct Industry: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let aerospace = Industry(rawValue: "Aerospace")
    public static let agriculture = Industry(rawValue: "Agriculture")
    public static let automotive = Industry(rawValue: "Automotive")
    public static let computersAndElectronics = Industry(rawValue: "Computers and Electronics")
    public static let consumerGoods = Industry(rawValue: "Consumer Goods")
    public static let education = Industry(rawValue: "Education")
    public static let energyOilAndGas = Industry(rawValue: "Energy - Oil and Gas")
    public static let energyPowerAndUtilities = Industry(rawValue: "Energy - Power and Utilities")
    public static let financialServices = Industry(rawValue: "Financial Services")
    public static let gaming = Industry(rawValue: "Gaming")
    public static let government = Industry(rawValue: "Government")
    public static let healthcare = Industry(rawValue: "Healthcare")
    public static let hospitality = Industry(rawValue: "Hospitality")
    public static let lifeSciences = Industry(rawValue: "Life Sciences")
    public static let manufacturing = Industry(rawValue: "Manufacturing")
    public static let marketingAndAdvertising = Industry(rawValue: "Marketing and Advertising")
    public static let mediaAndEntertainment = Industry(rawValue: "Media and Entertainment")
    public static let mining = Industry(rawValue: "Mining")
    public static let nonProfitOrganization = Industry(rawValue: "Non-Profit Organization")
    public static let professionalServices = Industry(rawValue: "Professional Services")
    public static let realEstateAndConstruction = Industry(rawValue: "Real Estate and Construction")
    public static let retail = Industry(rawValue: "Retail")
    public static let softwareAndInternet = Industry(rawValue: "Software and Internet")
    public static let telecommunications = Industry(rawValue: "Telecommunications")
    public static let transportationAndLogistics = Industry(rawValue: "Transportation and Logistics")
    public static let travel = Industry(rawValue: "Travel")
    public static let wholesaleAndDistribution = Industry(rawValue: "Wholesale and Distribution")
    public static let other = Industry(rawValue: "Other")

    public static let knownValues: [Industry] = [
        Industry(rawValue: "Aerospace"),
        Industry(rawValue: "Agriculture"),
        Industry(rawValue: "Automotive"),
        Industry(rawValue: "Computers and Electronics"),
        Industry(rawValue: "Consumer Goods"),
        Industry(rawValue: "Education"),
        Industry(rawValue: "Energy - Oil and Gas"),
        Industry(rawValue: "Energy - Power and Utilities"),
        Industry(rawValue: "Financial Services"),
        Industry(rawValue: "Gaming"),
        Industry(rawValue: "Government"),
        Industry(rawValue: "Healthcare"),
        Industry(rawValue: "Hospitality"),
        Industry(rawValue: "Life Sciences"),
        Industry(rawValue: "Manufacturing"),
        Industry(rawValue: "Marketing and Advertising"),
        Industry(rawValue: "Media and Entertainment"),
        Industry(rawValue: "Mining"),
        Industry(rawValue: "Non-Profit Organization"),
        Industry(rawValue: "Professional Services"),
        Industry(rawValue: "Real Estate and Construction"),
        Industry(rawValue: "Retail"),
        Industry(rawValue: "Software and Internet"),
        Industry(rawValue: "Telecommunications"),
        Industry(rawValue: "Transportation and Logistics"),
        Industry(rawValue: "Travel"),
        Industry(rawValue: "Wholesale and Distribution"),
        Industry(rawValue: "Other"),
    ]
}

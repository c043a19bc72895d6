/// A role the receiving partner is expected to take.
public struct ReceiverResponsibility: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let distributor = ReceiverResponsibility(rawValue: "Distributor")
    public static let reseller = ReceiverResponsibility(rawValue: "Reseller")
    public static let hardwarePartner = ReceiverResponsibility(rawValue: "Hardware Partner")
    public static let managedServiceProvider = ReceiverResponsibility(rawValue: "Managed Service Provider")
    public static let softwarePartner = ReceiverResponsibility(rawValue: "Software Partner")
    public static let servicesPartner = ReceiverResponsibility(rawValue: "Services Partner")
    public static let trainingPartner = ReceiverResponsibility(rawValue: "Training Partner")
    public static let coSellFacilitator = ReceiverResponsibility(rawValue: "Co-Sell Facilitator")
    public static let facilitator = ReceiverResponsibility(rawValue: "Facilitator")

    public static let knownValues: [ReceiverResponsibility] = [
        ReceiverResponsibility(rawValue: "Distributor"),
        ReceiverResponsibility(rawValue: "Reseller"),
        ReceiverResponsibility(rawValue: "Hardware Partner"),
        ReceiverResponsibility(rawValue: "Managed Service Provider"),
        ReceiverResponsibility(rawValue: "Software Partner"),
        ReceiverResponsibility(rawValue: "Services Partner"),
        ReceiverResponsibility(rawValue: "Training Partner"),
        ReceiverResponsibility(rawValue: "Co-Sell Facilitator"),
        ReceiverResponsibility(rawValue: "Facilitator"),
    ]
}

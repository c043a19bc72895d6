public enum PartnerTriageMain { public static func main() async {} }

import PartnerTriageCLI

PartnerTriageMain.main()

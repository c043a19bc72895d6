import PartnerTriageCLI

await PartnerTriageMain.main()

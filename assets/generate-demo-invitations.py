#!/usr/bin/env python3
"""Writes assets/demo-invitations.json, the emulator's default seed (deterministic: fixed random seed).

Usage: python3 assets/generate-demo-invitations.py > assets/demo-invitations.json

All dates are relative to EmulatorDateAnchor (2026-11-25T09:00Z); the emulator shifts them so the anchor falls on
"now" when it starts, so the pending invitations keep expiring in hours, days and weeks whenever the demo runs.
Two pending invitations carry EmulatorAcceptTaskFailure, so accepting them ends in a FAILED task.
Some opportunities carry OpportunityType and EnrichmentContext (AWS prospecting insights and lead insights), and three
AccountPlanningInvitation invitations close the list; these draw from their own random source so that the rest of
the data stays as it was. Six of the partner's own opportunities follow in "Opportunities" (see OPPORTUNITIES); four
of them duplicate pending opportunity invitations.
"""
import json, random, datetime
rnd = random.Random(20261125)
ANCHOR = datetime.datetime(2026, 11, 25, 9, 0, 0, tzinfo=datetime.timezone.utc)
def ts(d): return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}Z"
B36 = '0123456789abcdefghijklmnopqrstuvwxyz'
def rid(n): return ''.join(rnd.choice(B36) for _ in range(n))
RECEIVER = {"Account": {"Alias": "partner-triage-demo", "AwsAccountId": "444455556666"}}
SENDERS = [("AWS", "111122223333"), ("AWS", "111122223333"), ("AWS", "111122223333"), ("Amazon Web Services EMEA", "210987654321"), ("Northwind Cloud Partners", "555566667777")]
# (company, website, country, industry, title, problem, lead?)
CUSTOMERS = [
 ("株式会社さくらロボティクス", "https://www.sakura-robotics.jp", "JP", "Manufacturing", "工場IoTデータ基盤の刷新", "工場の設備センサーデータがオンプレミスのサーバーに分散しており、リアルタイム分析ができない。予知保全のためのデータ基盤をクラウドに構築したい。"),
 ("北京云图数据科技有限公司", "https://www.yuntu-data.cn", "CN", "Software and Internet", "数据湖迁移与治理", "现有Hadoop集群维护成本高，扩展困难。客户希望将数据湖迁移到云端并建立统一的数据治理体系。"),
 ("한빛소프트웨어 주식회사", "https://www.hanbit-soft.kr", "KR", "Gaming", "글로벌 게임 서버 확장", "신작 모바일 게임 출시를 앞두고 동시 접속자 급증에 대비한 글로벌 게임 서버 인프라 확장이 필요합니다."),
 ("شركة الواحة للتقنية", "https://www.alwaha-tech.sa", "SA", "Financial Services", "منصة مدفوعات رقمية", "يحتاج العميل إلى منصة مدفوعات رقمية آمنة ومتوافقة مع متطلبات البنك المركزي مع قابلية توسع عالية."),
 ("ООО «Северный Ветер»", "https://www.severny-veter.example", "KZ", "Energy - Power and Utilities", "Мониторинг ветропарков", "Клиенту нужна платформа для сбора и анализа телеметрии с ветряных турбин, чтобы сократить простои и планировать обслуживание."),
 ("Ελληνική Ναυτιλιακή Α.Ε.", "https://www.hellenic-shipping.gr", "GR", "Transportation and Logistics", "Βελτιστοποίηση διαδρομών στόλου", "Ο πελάτης θέλει να βελτιστοποιήσει τις διαδρομές του στόλου του με μηχανική μάθηση για μείωση κατανάλωσης καυσίμου."),
 ("Sunny Bakes 🍩 Co.", "https://sunnybakes.example", "US", "Retail", "Online ordering for 40 bakeries", "Sunny Bakes runs 40 bakeries on a patchwork of POS systems and wants a single online ordering and loyalty platform before the holiday season."),
 ("Contoso Health Partners", "https://www.contosohealth.example", "US", "Healthcare", "HIPAA-ready patient data platform", "Contoso Health needs to consolidate patient records from six clinics into a HIPAA-eligible analytics platform and retire two aging data centers."),
 ("Fabrikam Motors GmbH", "https://www.fabrikam-motors.de", "DE", "Automotive", "Connected vehicle telemetry", "Fabrikam wants to ingest telemetry from 200,000 connected vehicles and offer predictive maintenance alerts to dealers across the EU."),
 ("Tailspin Air Ltd", "https://www.tailspin-air.co.uk", "GB", "Travel", "Dynamic pricing engine", "Tailspin Air's fare engine is a batch job that runs nightly; they need near-real-time dynamic pricing to compete on short-haul routes."),
 ("Wide World Importers", "https://www.wideworldimporters.example", "AU", "Wholesale and Distribution", "Warehouse demand forecasting", "Wide World Importers overstocks slow movers and runs out of best sellers; they want ML-based demand forecasting across 12 warehouses."),
 ("Adatum Bank S.A.", "https://www.adatum-bank.es", "ES", "Financial Services", "Core banking modernization", "Adatum Bank plans to move customer-facing services off the mainframe in phases, starting with account inquiries and card management."),
 ("Litware Learning", "https://litware-learning.example", "IN", "Education", "Scalable exam proctoring", "Litware's online exam platform fails under peak load during national exams; they need an autoscaling proctoring and video pipeline."),
 ("Proseware Media", "https://www.proseware.example", "CA", "Media and Entertainment", "Live sports streaming", "Proseware needs low-latency live streaming for regional sports leagues with server-side ad insertion and global distribution."),
 ("Blue Yonder Airlines", "https://www.blueyonderairlines.example", "BR", "Travel", "Contact center modernization", "Blue Yonder's contact center runs on end-of-life hardware; they want an omnichannel cloud contact center with Portuguese and Spanish support."),
 ("Coho Vineyard", "https://www.cohovineyard.example", "FR", "Agriculture", "Vineyard sensor analytics", "Coho Vineyard wants to combine soil sensors and weather data to plan irrigation and harvest across 300 hectares."),
 ("Margie's Travel", "https://www.margiestravel.example", "MX", "Hospitality", "Booking platform re-architecture", "Margie's Travel booking site is a monolith that cannot keep up with seasonal peaks; they want to move to microservices and managed databases."),
 ("Trey Research", "https://www.treyresearch.example", "CH", "Life Sciences", "Genomics pipeline on demand", "Trey Research runs genomics pipelines on a fixed HPC cluster with long queues and wants elastic, cost-controlled compute for sequencing workloads."),
 ("Lucerne Publishing", "https://www.lucernepublishing.example", "NL", "Media and Entertainment", "Generative AI for catalog metadata", "Lucerne wants to enrich metadata for 2 million back-catalog titles using generative AI while keeping editors in the loop."),
 ("Woodgrove Insurance", "https://www.woodgrove-insurance.example", "SG", "Financial Services", "Claims fraud detection", "Woodgrove Insurance needs to detect fraudulent claims earlier by combining claim history, images and call transcripts."),
 ("Alpine Ski House", "https://www.alpineskihouse.example", "AT", "Hospitality", "Season pass mobile app backend", "Alpine Ski House is launching a season pass app and needs a backend that handles lift-gate scans at 08:00 on powder days."),
 ("Humongous Insurance", "https://www.humongousinsurance.example", "US", "Financial Services", "Data warehouse consolidation", "Humongous Insurance operates three data warehouses after acquisitions and wants one governed analytics platform with row-level security."),
 ("Relecloud", "https://www.relecloud.example", "IE", "Telecommunications", "5G edge workloads", "Relecloud wants to run latency-sensitive video analytics at the 5G edge for smart city customers."),
 ("Northwind Traders", "https://www.northwindtraders.example", "US", "Consumer Goods", "SAP migration to cloud", "Northwind Traders' SAP ECC hardware lease ends next year; they want to migrate to SAP on cloud with minimal downtime."),
 ("Fourth Coffee", "https://www.fourthcoffee.example", "NZ", "Retail", "Loyalty and personalization", "Fourth Coffee wants personalized offers in its mobile app based on purchase history across 120 stores."),
 ("Graphic Design Institute", "https://www.graphicdesigninstitute.example", "ZA", "Education", "Virtual design studios", "The institute needs GPU-backed virtual desktops so students can use design software from any laptop."),
 ("City Power & Light", "https://www.citypowerlight.example", "US", "Energy - Power and Utilities", "Smart meter data platform", "City Power & Light is rolling out 1.5 million smart meters and needs a platform to ingest and bill on 15-minute interval data."),
 ("Nod Publishers", "https://www.nodpublishers.example", "PL", "Media and Entertainment", "Digital subscriptions paywall", "Nod Publishers wants a metered paywall and subscription analytics for five regional news sites."),
 ("VanArsdel Ltd", "https://www.vanarsdel.example", "JP", "Computers and Electronics", "Firmware build farm", "VanArsdel's firmware builds take 6 hours on on-premises machines; they want an elastic build farm with ARM support."),
 ("Wingtip Toys", "https://www.wingtiptoys.example", "GB", "Retail", "Peak season e-commerce scaling", "Wingtip Toys' online store went down on Black Friday last year; they need load testing and autoscaling before the next peak."),
 ("Southridge Video", "https://www.southridgevideo.example", "US", "Media and Entertainment", "Video transcoding at scale", "Southridge needs to transcode a 4 PB archive into adaptive bitrate formats within six months."),
 ("Tokyo Ramen Works", "https://www.tokyo-ramen-works.jp", "JP", "Hospitality", "Kitchen IoT and ordering", "Tokyo Ramen Works wants tablet ordering and kitchen display integration across 25 restaurants with offline support."),
 ("Bellows College", "https://www.bellowscollege.example", "US", "Education", "Research computing cloud", "Bellows College researchers wait weeks for HPC time; the college wants a self-service research computing portal with budgets."),
 ("Datum Corporation", "https://www.datum-corp.example", "IL", "Software and Internet", "SaaS multi-tenant redesign", "Datum's SaaS runs one stack per customer; they want a multi-tenant architecture to cut costs and onboard customers in minutes."),
 ("First Up Consultants", "https://www.firstupconsultants.example", "AE", "Professional Services", "Document AI for contracts", "First Up reviews thousands of contracts a month and wants document AI to extract clauses and flag risks for lawyers."),
 ("Mumbai Metro Logistics", "https://www.mumbaimetrologistics.in", "IN", "Transportation and Logistics", "Last-mile delivery tracking", "The company needs real-time tracking for 8,000 delivery riders and ETA predictions for customers."),
 ("São Paulo Agro S.A.", "https://www.spagro.com.br", "BR", "Agriculture", "Satellite crop monitoring", "São Paulo Agro wants to analyze satellite imagery to estimate crop yields and detect pests early across its farms."),
 ("Nordlys Energi AS", "https://www.nordlys-energi.no", "NO", "Energy - Oil and Gas", "Seismic data processing", "Nordlys processes seismic surveys on an aging cluster and wants to cut processing time from weeks to days."),
 ("Mercado Azul", "https://www.mercadoazul.example", "AR", "Retail", "Marketplace search relevance", "Mercado Azul's marketplace search returns poor results for Spanish queries; they want semantic search and better ranking."),
 ("Kyiv Digital Studio", "https://www.kyivdigital.example", "UA", "Software and Internet", "Disaster recovery for SaaS", "The studio needs a multi-region disaster recovery plan with an RPO under 5 minutes for its SaaS products."),
 ("Cairo Smart Health", "https://www.cairosmarthealth.example", "EG", "Healthcare", "Telemedicine platform", "Cairo Smart Health wants a secure telemedicine platform with video consultations and e-prescriptions."),
 ("Helsinki Games Oy", "https://www.helsinkigames.fi", "FI", "Gaming", "Matchmaking and anti-cheat", "Helsinki Games needs low-latency matchmaking and server-side anti-cheat for a competitive shooter launch."),
 ("Seoul Bio Labs", "https://www.seoulbiolabs.kr", "KR", "Life Sciences", "Lab data management", "Seoul Bio Labs wants to centralize instrument data from 40 labs with audit trails for regulatory submissions."),
 ("Athens Civic Tech", "https://www.athenscivictech.gr", "GR", "Government", "Citizen services portal", "The municipality wants a citizen services portal with digital identity and appointment booking."),
 ("Moscow Fintech Hub", "https://www.mfhub.example", "AM", "Financial Services", "Real-time risk scoring", "The hub needs real-time transaction risk scoring for partner banks with explainable models."),
 ("Dubai Smart Retail", "https://www.dubaismartretail.ae", "AE", "Retail", "Computer vision checkout", "Dubai Smart Retail wants cashier-less checkout in 10 stores using computer vision."),
 ("Shanghai Green Logistics", "https://www.shgreenlogistics.cn", "CN", "Transportation and Logistics", "Cold chain monitoring", "The company needs temperature monitoring for 3,000 refrigerated trucks with alerts and compliance reports."),
 ("Osaka Precision Tools", "https://www.osaka-precision.jp", "JP", "Manufacturing", "Visual quality inspection", "Osaka Precision Tools wants automated visual inspection of machined parts to replace manual sampling."),
 ("Riyadh Learning Co.", "https://www.riyadhlearning.sa", "SA", "Education", "Arabic LMS at scale", "Riyadh Learning needs a learning management system that serves 500,000 students with Arabic right-to-left support."),
 ("Thessaloniki Foods", "https://www.thessfoods.gr", "GR", "Consumer Goods", "Supply chain visibility", "Thessaloniki Foods wants end-to-end supply chain visibility from farms to supermarkets."),
 ("Pacific Clinics Group", "https://www.pacificclinics.example", "AU", "Healthcare", "Medical imaging archive", "Pacific Clinics needs a vendor-neutral archive for 20 years of medical images with fast retrieval."),
 ("Great Lakes Manufacturing", "https://www.greatlakesmfg.example", "US", "Manufacturing", "MES modernization", "Great Lakes wants to modernize its manufacturing execution system and connect 12 plants to one data platform."),
 ("Vienna Opera Digital", "https://www.viennaoperadigital.at", "AT", "Media and Entertainment", "Ticketing surge handling", "Ticket sales for premieres overload the site; Vienna Opera Digital needs a virtual waiting room and autoscaling."),
 ("Lagos Mobile Money", "https://www.lagosmobilemoney.example", "NG", "Financial Services", "Mobile wallet scaling", "Lagos Mobile Money's wallet needs to scale from 2 to 10 million users with strong fraud controls."),
 ("Toronto Civic Transit", "https://www.torontocivictransit.example", "CA", "Government", "Open transit data APIs", "The agency wants to publish real-time transit data through public APIs with high availability."),
 ("Busan Port Systems", "https://www.busanport.kr", "KR", "Transportation and Logistics", "Container yard optimization", "Busan Port Systems wants to optimize container stacking and crane scheduling with simulation and ML."),
 ("Kraków Software House", "https://www.krakowsoftware.pl", "PL", "Software and Internet", "CI/CD platform migration", "The company wants to move from self-hosted CI servers to a managed CI/CD platform with ephemeral runners."),
 ("Lisbon Renewable SA", "https://www.lisbonrenewable.pt", "PT", "Energy - Power and Utilities", "Solar forecasting", "Lisbon Renewable wants day-ahead solar production forecasts to bid on the energy market."),
 ("Mexico City Retail Group", "https://www.mxretailgroup.mx", "MX", "Retail", "Omnichannel inventory", "The group needs a single view of inventory across stores and e-commerce to enable buy-online-pick-up-in-store."),
 ("Zurich Private Wealth", "https://www.zurichwealth.ch", "CH", "Financial Services", "Client reporting automation", "Zurich Private Wealth wants automated, personalized client reports generated from portfolio data each quarter."),
]
TITLE_OVERRIDES = {}
CONTACTS = [("Akira", "Tanaka", "Partner Development Manager", "+81345550100"), ("Maria", "Garcia", "Account Manager", "+12065550123"),
            ("Wei", "Zhang", "Solutions Architect", "+861055501234"), ("Fatima", "Al-Sayed", "Partner Sales Manager", "+97145550199"),
            ("Jonas", "Becker", "Territory Manager", "+493055501234"), ("Priya", "Nair", "Partner Solutions Architect", "+912255501234"),
            ("Олег", "Иванов", "Account Manager", "+77275550123"), ("Νίκος", "Παπαδόπουλος", "Partner Manager", "+302105550123")]
RESP = ["Services Partner", "Reseller", "Managed Service Provider", "Software Partner", "Co-Sell Facilitator", "Distributor", "Hardware Partner", "Training Partner", "Facilitator"]
REASONS = ["Customer problem unclear", "Next steps unclear", "Unable to support", "Duplicate of partner referral", "Other"]
SEGMENTS = ["Enterprise", "Large", "Medium", "Small", "Micro"]
MATURITY = ["New to AWS", "Intermediate", "Advanced", "Expert"]
OPPORTUNITY_TYPES = ["Net New Business", "Expansion", "Flat Renewal"]
COMPANY_SIZES = ["1-50", "51-200", "201-1000", "1001-5000", "5000+"]
PROGRAMS = [["MAP"], ["MAP", "ISV Accelerate"], ["Migration Acceleration Program", "POC Funding"], []]
SCORES = ["HIGH", "MEDIUM", "LOW"]
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]
GEOS = {"JP": ("APJ", "Japan", "Japan"), "CN": ("GCR", "Greater China", "China"), "KR": ("APJ", "Korea", "Korea"),
        "US": ("AMER", "North America", "US East"), "DE": ("EMEA", "Central Europe", "DACH"), "GB": ("EMEA", "UK and Ireland", "UK")}
extra = random.Random(20270101)

def enrichment(idx, company, country, industry):
    geo, region, sub = GEOS.get(country, ("EMEA", "Rest of World", "Other"))
    windows = [{"Day": DAYS[(idx + k) % len(DAYS)], "StartTimeUtc": f"{(7 + k * 2) % 24:02d}:00", "EndTimeUtc": f"{(9 + k * 2) % 24:02d}:30"}
               for k in range(1 + idx % 3)]
    return {
        "ProspectingResultAws": {
            "Customer": {"AccountName": company, "Geo": geo, "Region": region, "SubRegion": sub, "Country": country,
                         "Industry": industry, "Segment": SEGMENTS[idx % len(SEGMENTS)],
                         "CompanySize": COMPANY_SIZES[idx % len(COMPANY_SIZES)], "EligiblePrograms": PROGRAMS[idx % len(PROGRAMS)]},
            "Insights": {"MarketplaceEngagementScore": SCORES[idx % 3], "SolutionScore": SCORES[(idx + 1) % 3],
                         "SolutionCategory": "Migration", "SolutionSubCategory": "Databases"},
        },
        "LeadInsights": {"LeadReadinessScore": SCORES[(idx + 2) % 3],
                         "ChannelRecommendation": {"RecommendedChannel": ["Email", "Phone", "Event"][idx % 3], "BestOutreachWindows": windows}},
    }

def account_planning(n, catalog):
    """An AccountPlanningInvitation: a partner asked to plan an account with AWS."""
    company, web, country, industry, title, problem = CUSTOMERS[(n * 7 + 3) % len(CUSTOMERS)]
    invited = ANCHOR - datetime.timedelta(days=extra.uniform(0.5, 6))
    invited = invited.replace(microsecond=(invited.microsecond // 1000) * 1000)
    iid = "engi-" + ''.join(extra.choice(B36) for _ in range(13))
    f, l, t, p = CONTACTS[n % len(CONTACTS)]
    return {
        "Catalog": catalog, "Id": iid,
        "Arn": f"arn:aws:partnercentral:us-east-1::catalog/{catalog}/engagement-invitation/{iid}",
        "EngagementId": "eng-" + ''.join(extra.choice(B36) for _ in range(14)),
        "EngagementTitle": f"Account plan: {company}"[:40],
        "Status": "PENDING", "PayloadType": "AccountPlanningInvitation",
        "InvitationDate": ts(invited), "ExpirationDate": ts(invited + datetime.timedelta(days=21)),
        "SenderAwsAccountId": "111122223333", "SenderCompanyName": "AWS", "Receiver": RECEIVER,
        "InvitationMessage": f"Let's build a joint account plan for {company} for the coming year."[:255],
        "EngagementDescription": problem[:255],
        "Payload": {"AccountPlanningInvitation": {
            "AccountIdentifier": "cust-acc-" + ''.join(extra.choice(B36) for _ in range(13)),
            "Customer": {"Industry": industry, "CompanyName": company, "WebsiteUrl": web, "CountryCode": country},
            "SenderContacts": [{"Email": f"planner.{n}@amazon.example", "FirstName": f, "LastName": l, "BusinessTitle": t, "Phone": p}],
            "PreferredContact": {"Window": ["MORNING", "AFTERNOON", "EVENING"][n % 3], "Timezone": ["Europe/Berlin", "Asia/Tokyo", "America/New_York"][n % 3]},
        }},
    }

SOURCES = [("Event", "AWS re:Invent 2026 booth"), ("Website", "aws.amazon.com contact form"), ("Campaign", "Migration Acceleration webinar"), ("Event", "AWS Summit Tokyo 2026")]

def plan():
    # (catalog, status, payloadType, invited_days_ago, expires_in_days_after_invite, fail)
    items = []
    # Sandbox: 34, AWS: 26
    for catalog, n in (("Sandbox", 34), ("AWS", 26)):
        for i in range(n):
            r = i % 10
            if r in (0, 1, 2, 3, 4, 5):
                status = "PENDING"
            elif r == 6:
                status = "ACCEPTED"
            elif r in (7,):
                status = "REJECTED"
            elif r == 8:
                status = "EXPIRED"
            else:
                status = "PENDING" if i % 20 == 9 else "REJECTED"
            lead = (i % 3 == 2)
            items.append([catalog, status, "LeadInvitation" if lead else "OpportunityInvitation"])
    return items

def main():
    items = plan()
    rnd.shuffle(items)
    out = []
    special_past_pending = 0
    fail_marked = 0
    for idx, (catalog, status, ptype) in enumerate(items):
        cust = CUSTOMERS[idx % len(CUSTOMERS)]
        company, web, country, industry, title, problem = cust
        sender_name, sender_acct = SENDERS[idx % len(SENDERS)] if ptype == "LeadInvitation" or idx % 7 else SENDERS[3]
        if status == "PENDING":
            if special_past_pending < 3 and idx % 11 == 4:
                days_ago = rnd.uniform(16, 25); validity = 15; special_past_pending += 1   # already past: reads EXPIRED
            else:
                days_ago = rnd.uniform(0.05, 14.5)
                validity = rnd.choice([15, 15, 15, 21, 30, 45])
                # some expire within hours
                if idx % 9 == 0: days_ago = 14.8
        elif status == "EXPIRED":
            days_ago = rnd.uniform(16, 60); validity = 15
        else:
            days_ago = rnd.uniform(1, 50); validity = 15
        invited = ANCHOR - datetime.timedelta(days=days_ago)
        invited = invited.replace(microsecond=(invited.microsecond // 1000) * 1000)
        expires = invited + datetime.timedelta(days=validity)
        iid = "engi-" + rid(13)
        inv = {
            "Catalog": catalog, "Id": iid,
            "Arn": f"arn:aws:partnercentral:us-east-1::catalog/{catalog}/engagement-invitation/{iid}",
            "EngagementId": "eng-" + rid(14),
            "EngagementTitle": title[:40],
            "Status": status, "PayloadType": ptype,
            "InvitationDate": ts(invited), "ExpirationDate": ts(expires),
            "SenderAwsAccountId": sender_acct, "SenderCompanyName": sender_name,
            "Receiver": RECEIVER,
            "InvitationMessage": f"{company} is looking for a partner to help with: {title}. Please review and respond within {validity} days."[:255],
            "EngagementDescription": problem[:255],
            "ExistingMembers": [{"CompanyName": sender_name, "WebsiteUrl": "https://aws.amazon.com" if sender_name.startswith("A") else "https://www.northwind-cloud.example"}],
        }
        if status == "REJECTED":
            inv["RejectionReason"] = REASONS[idx % len(REASONS)]
        if ptype == "OpportunityInvitation":
            ncontacts = 1 + idx % 3
            contacts = []
            for k in range(ncontacts):
                f, l, t, p = CONTACTS[(idx + k) % len(CONTACTS)]
                email = f"{['akira','maria','wei','fatima','jonas','priya','oleg','nikos'][(idx + k) % len(CONTACTS)]}.{k}@amazon.example"
                c = {"Email": email, "FirstName": f, "LastName": l, "BusinessTitle": t}
                if k == 0: c["Phone"] = p
                contacts.append(c)
            amount = rnd.choice(["2500.00", "8000.00", "12500.00", "40000.00", "150000.00", "975.50"])
            spend = [{"Amount": amount, "CurrencyCode": "EUR" if country in ("DE", "FR", "ES", "NL", "AT", "IE", "FI", "GR", "PT") else "USD", "Frequency": "Monthly", "TargetCompany": "AWS"}]
            if idx % 4 == 0:
                spend[0]["EstimationUrl"] = "https://calculator.aws/#/estimate?id=" + ''.join(rnd.choice('0123456789abcdef') for _ in range(40))
            if idx % 5 == 1:
                spend.append({"Amount": str(int(float(amount) * 2)) + ".00", "CurrencyCode": spend[0]["CurrencyCode"], "Frequency": "Monthly", "TargetCompany": "AWS"})
            target = (invited + datetime.timedelta(days=rnd.choice([90, 120, 180, 270, 365]))).strftime('%Y-%m-%d')
            inv["Payload"] = {"OpportunityInvitation": {
                "SenderContacts": contacts,
                "ReceiverResponsibilities": [RESP[idx % len(RESP)]] + (["Co-Sell Facilitator"] if idx % 4 == 1 and RESP[idx % len(RESP)] != "Co-Sell Facilitator" else []),
                "Customer": {"Industry": industry, "CompanyName": company, "WebsiteUrl": web, "CountryCode": country},
                "Project": {"Title": title, "BusinessProblem": problem, "TargetCompletionDate": target, "ExpectedCustomerSpend": spend},
            }}
            if idx % 2 == 0:
                inv["Payload"]["OpportunityInvitation"]["OpportunityType"] = OPPORTUNITY_TYPES[idx // 2 % len(OPPORTUNITY_TYPES)]
            if idx % 4 == 0:
                inv["EnrichmentContext"] = enrichment(idx, company, country, industry)
        else:
            stype, sname = SOURCES[idx % len(SOURCES)]
            cust_obj = {"Industry": industry, "CompanyName": company, "WebsiteUrl": web, "CountryCode": country,
                        "AwsMaturity": MATURITY[idx % len(MATURITY)], "MarketSegment": SEGMENTS[idx % len(SEGMENTS)]}
            if idx % 6 == 5:
                del cust_obj["WebsiteUrl"]; del cust_obj["Industry"]
            inv["Payload"] = {"LeadInvitation": {
                "Customer": cust_obj,
                "Interaction": {"SourceType": stype, "SourceId": f"src-{rid(10)}", "SourceName": sname,
                                 "Usecase": problem[:255], "ContactBusinessTitle": rnd.choice(["CTO", "Head of IT", "VP Engineering", "CIO", "Data Platform Lead"])},
            }}
        if status == "PENDING" and fail_marked < 2 and idx % 13 == 7:
            inv["EmulatorAcceptTaskFailure"] = {"ReasonCode": "OpportunityValidationFailed", "Message": "The opportunity could not be created: the customer website failed validation."}
            fail_marked += 1
        out.append(inv)
    for n, catalog in enumerate(["Sandbox", "AWS", "Sandbox"]):
        out.append(account_planning(n, catalog))
    doc = {"EmulatorDateAnchor": ts(ANCHOR), "EngagementInvitations": out, "Opportunities": opportunities()}
    print(json.dumps(doc, ensure_ascii=False, indent=2))

# The partner's existing opportunities. The first four duplicate pending opportunity invitations (the same customer
# under another legal suffix or case, a similar project title), so a duplicate check has something to find:
# Contoso Health Partners (engi-ac4qhppsnulfr), Tailspin Air Ltd (engi-r2gtmhncd0g81), Woodgrove Insurance
# (engi-k4ggt2elcv2r7) and Sunny Bakes 🍩 Co. (engi-u70gl7vyyyjzu). Written out by hand, without the random source,
# so the invitations above stay as they were.
OPPORTUNITIES = [
 ("O1000000001", "Sandbox", "Contoso Health Partners Inc.", "https://www.contosohealth.example", "US", "Healthcare", "HIPAA-ready patient data platform (phase 1)", "Qualified", "Approved", 40, 6, 75, None),
 ("O1000000002", "Sandbox", "TAILSPIN AIR LTD.", "https://www.tailspin-air.example", "GB", "Travel", "Dynamic pricing engine", "Technical Validation", "Approved", 90, 12, 40, None),
 ("O1000000003", "AWS", "Woodgrove Insurance Company", "https://www.woodgrove-insurance.example", "US", "Financial Services", "Claims fraud detection platform", "Prospect", "Submitted", 20, 3, 120, None),
 ("O1000000004", "AWS", "sunny bakes 🍩 co", "https://sunnybakes.example", "US", "Retail", "Online ordering for 40 bakery locations", "Business Validation", "Approved", 60, 1, 30, "High"),
 ("O1000000005", "Sandbox", "Adventure Works Cycles", "https://www.adventure-works.example", "CA", "Retail", "Bike rental fleet telemetry", "Committed", "Approved", 120, 9, 14, "Medium"),
 ("O1000000006", "AWS", "Fabrikam Residences", "https://www.fabrikam-residences.example", "DE", "Real Estate and Construction", "Smart building analytics", "Launched", "Approved", 200, 30, -10, None),
]

def opportunities():
    result = []
    for oid, catalog, company, web, country, industry, title, stage, review, created_days, modified_days, close_days, score in OPPORTUNITIES:
        created = ANCHOR - datetime.timedelta(days=created_days, hours=3)
        modified = ANCHOR - datetime.timedelta(days=modified_days, hours=1, minutes=17)
        close = (ANCHOR + datetime.timedelta(days=close_days)).strftime('%Y-%m-%d')
        opp = {
            "Catalog": catalog, "Id": oid,
            "Arn": f"arn:aws:partnercentral:us-east-1:444455556666:catalog/{catalog}/opportunity/{oid}",
            "PartnerOpportunityIdentifier": "CRM-" + oid[-4:],
            "OpportunityType": "Net New Business",
            "PrimaryNeedsFromAws": ["Co-Sell - Technical Consultation"],
            "Customer": {"Account": {"Industry": industry, "CompanyName": company, "WebsiteUrl": web, "Address": {"CountryCode": country}}},
            "Project": {"Title": title, "DeliveryModels": ["SaaS or PaaS"], "CustomerBusinessProblem": f"{company} wants help with {title.lower()} and asked the partner for a proposal."},
            "LastModifiedDate": ts(modified), "CreatedDate": ts(created),
            "RelatedEntityIdentifiers": {},
            "LifeCycle": {"Stage": stage, "ReviewStatus": review, "TargetCloseDate": close},
            "OpportunityTeam": [{"Email": "dana.owner@partner-triage-demo.example", "FirstName": "Dana", "LastName": "Owner", "BusinessTitle": "PartnerAccountManager"}],
        }
        if score:
            opp["EmulatorAwsOpportunitySummary"] = {
                "RelatedOpportunityId": oid, "Origin": "Partner Referral", "InvolvementType": "Co-Sell", "Visibility": "Full",
                "LifeCycle": {"Stage": stage if stage != "Business Validation" else "Qualified", "TargetCloseDate": close},
                "OpportunityTeam": [{"Email": "akira.0@amazon.example", "FirstName": "Akira", "LastName": "Tanaka", "BusinessTitle": "AWSSalesRep"}],
                "Insights": {"EngagementScore": score, "NextBestActions": "Share the technical validation plan with the AWS seller."},
                "Catalog": catalog,
            }
        result.append(opp)
    return result

main()

import Testing

@testable import PartnerTriageCLI

/// The help text is the documentation: these literals are what `--help` prints at 100 columns, so any change to
/// an option, its help sentence or a command's discussion shows up here for review.
@Suite("Help text")
struct HelpTextTests {
    @Test func rootHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: PartnerTriageCommand.self, columns: 100) == #"""
                OVERVIEW: Triage AWS Partner Central engagement invitations: accept, reject, or look closer.

                Without a subcommand, opens the keyboard-driven triage UI: `partner-triage [--demo] [--catalog
                AWS|Sandbox] [--profile P] [--region R] [--endpoint-url URL] [--no-color] [--debug]` (see
                `partner-triage ui --help`). --demo runs it against a built-in emulator with demo data, no AWS
                account needed.

                Credentials and region come from --profile/--region or the usual AWS environment variables and
                files, as with the AWS CLI.

                Exit codes: 0 success; 1 a request failed (service or network); 2 bad usage or invalid input
                (nothing was sent); 130 a bulk run stopped by Ctrl-C.

                USAGE: partner-triage <subcommand>

                OPTIONS:
                  --version               Show the version.
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  ui (default)            Open the keyboard-driven triage UI (the default command).
                  list                    List the invitations you received in a catalog, all pages.
                  show                    Show one invitation: customer, project, contacts and status.
                  reject                  Reject invitations with one of the five documented reasons.
                  accept                  Accept invitations: start the accept task and wait until it completes.
                  report                  Report decisions per catalog: accepted, rejected by reason, expired
                                          unanswered, time to decide.
                  duplicates              Find your own opportunities that invitations may duplicate (same customer
                                          and project).
                  assign                  Assign accepted opportunities to a colleague from the config file's
                                          [[roster]].
                  emulator                Run a local Partner Central Selling endpoint that the AWS CLI, boto3 and
                                          this tool accept.

                  See 'partner-triage help <subcommand>' for detailed help.
                """#
        )
    }

    @Test func uiHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: UICommand.self, columns: 100) == #"""
                OVERVIEW: Open the keyboard-driven triage UI (the default command).

                Browse, filter, tag and decide on invitations in the terminal; ? shows the keys. Decisions are
                appended to the same audit log as reject and accept. With --debug, request diagnostics go to
                debug.log beside the audit log instead of over the screen.

                USAGE: partner-triage ui [--demo] [--catalog <catalog>] [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] [--no-color] [--refresh <seconds>] [--bell] [--grace <seconds>]

                OPTIONS:
                  --demo                  Run against a built-in emulator with demo data instead of AWS.
                  --catalog <catalog>     Open this catalog directly: AWS (production) or Sandbox (testing)
                                          (default: the config file's, else the last one opened). (values: AWS,
                                          Sandbox)
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --no-color              Draw without colors (NO_COLOR in the environment does too).
                  --refresh <seconds>     Reload the list every this many seconds, marking new invitations
                                          (default: 300; 0 turns it off).
                  --bell                  Ring the terminal bell when a reload brings new invitations.
                  --grace <seconds>       Seconds a confirmed reject waits before it is sent, while u undoes it; 0
                                          sends at once.
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func listHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: ListCommand.self, columns: 100) == #"""
                OVERVIEW: List the invitations you received in a catalog, all pages.

                --output json prints exactly what `aws partnercentral-selling list-engagement-invitations` prints,
                pages merged. --output ids prints one id per line, for `reject --from-file -`. --new prints only
                the invitations no earlier `list --new` printed and remembers them (seen-<catalog>.json beside the
                audit log), so a cron job reports each invitation once.

                USAGE: partner-triage list [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] [--catalog <catalog>] [--status <status> ...] [--type <type>] [--sort <sort>] [--output <output>] [--new]

                OPTIONS:
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --catalog <catalog>     The catalog to list: AWS (production) or Sandbox (testing) (default: the
                                          config file's). (values: AWS, Sandbox)
                  --status <status>       Only invitations with this status; repeat the option for several.
                                          (values: PENDING, ACCEPTED, REJECTED, EXPIRED)
                  --type <type>           Only opportunity or only lead invitations. (values: opportunity, lead)
                  --sort <sort>           Order by invitation date: newest or oldest first (default: the service's,
                                          newest first). (values: newest, oldest)
                  --output <output>       How to print: json, table or ids (default: table on a terminal, else
                                          json). (values: json, table, ids)
                  --new                   Only invitations not printed by an earlier --new run, and remember these
                                          as printed (for cron jobs).
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func showHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: ShowCommand.self, columns: 100) == #"""
                OVERVIEW: Show one invitation: customer, project, contacts and status.

                --output json prints exactly what `aws partnercentral-selling get-engagement-invitation` prints.

                USAGE: partner-triage show [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] <id> [--catalog <catalog>] [--output <output>]

                ARGUMENTS:
                  <id>                    The invitation id (engi-…) or ARN.

                OPTIONS:
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --catalog <catalog>     The catalog the invitation is in: AWS (production) or Sandbox (testing)
                                          (default: the config file's). (values: AWS, Sandbox)
                  --output <output>       How to print: json or text (default: text on a terminal, else json).
                                          (values: json, text)
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func rejectHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: RejectCommand.self, columns: 100) == #"""
                OVERVIEW: Reject invitations with one of the five documented reasons.

                Asks for confirmation on a terminal unless --yes is given, listing each invitation (id and title,
                read first), the catalog and the credentials and account it is sent as; refuses without --yes when
                standard input is not a terminal. Then waits --grace seconds with a countdown before sending.
                Prints one line per invitation as it finishes and a summary; requests are paced to the service's
                write quota (1/s). Ctrl-C (or SIGTERM, SIGHUP) stops sending, waits for the request in flight and
                exits 130 (143, 129). Every attempt is appended to the audit log
                ($XDG_STATE_HOME/partner-triage/audit.jsonl, default ~/.local/state/partner-triage/audit.jsonl).

                USAGE: partner-triage reject [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] [--catalog <catalog>] --reason <reason> [<id> ...] [--from-file <file>] [--yes] [--grace <seconds>]

                ARGUMENTS:
                  <id>                    Invitation ids (engi-…) or ARNs to act on.

                OPTIONS:
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --catalog <catalog>     The catalog the invitations are in: AWS (production) or Sandbox (testing)
                                          (default: the config file's). (values: AWS, Sandbox)
                  --reason <reason>       Why you reject them: one of the five documented reasons, in any letter
                                          case. (values: Customer problem unclear, Next steps unclear, Unable to
                                          support, Duplicate of partner referral, Other)
                  --from-file <file>      Also read ids from this file, one per line (- reads standard input, which
                                          then needs --yes).
                  -y, --yes               Do it without asking for confirmation.
                  --grace <seconds>       Seconds to wait, counting down on standard error, before the first reject
                                          is sent; Ctrl-C during the wait cancels with nothing sent (exit 130).
                                          Default: 5 after a confirmation at the terminal, 0 with --yes.
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func acceptHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: AcceptCommand.self, columns: 100) == #"""
                OVERVIEW: Accept invitations: start the accept task and wait until it completes.

                An opportunity invitation is accepted with StartEngagementByAcceptingInvitationTask, which creates
                the opportunity in your account; unless --no-wait is given, the command waits for the task's end
                (ListEngagementByAcceptingInvitationTasks) and prints the opportunity id. A lead invitation is
                accepted with AcceptEngagementInvitation, as AWS's lead-to-opportunity guide does, and the lead's
                contact is printed from its engagement (GetEngagement) once AWS shares it. Confirmation, pacing,
                Ctrl-C and the audit log work as for reject.

                USAGE: partner-triage accept [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] [--catalog <catalog>] [--no-wait] [<id> ...] [--from-file <file>] [--yes]

                ARGUMENTS:
                  <id>                    Invitation ids (engi-…) or ARNs to act on.

                OPTIONS:
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --catalog <catalog>     The catalog the invitations are in: AWS (production) or Sandbox (testing)
                                          (default: the config file's). (values: AWS, Sandbox)
                  --no-wait               Report each task as started without waiting for it to finish.
                  --from-file <file>      Also read ids from this file, one per line (- reads standard input, which
                                          then needs --yes).
                  -y, --yes               Do it without asking for confirmation.
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func reportHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: ReportCommand.self, columns: 100) == #"""
                OVERVIEW: Report decisions per catalog: accepted, rejected by reason, expired unanswered, time to
                decide.

                Decisions come from the audit log ($XDG_STATE_HOME/partner-triage/audit.jsonl, default
                ~/.local/state/partner-triage/audit.jsonl): each invitation's last reject or accept counts once,
                and decisions sent to another endpoint are left out. Expired invitations and invitation dates come
                from ListEngagementInvitations. Without --catalog: the config file's catalog, else every catalog
                the log names in the window.

                USAGE: partner-triage report [--profile <profile>] [--region <region>] [--endpoint-url <url>] [--connect-timeout <seconds>] [--attempt-timeout <seconds>] [--debug] [--catalog <catalog>] [--since <when>] [--output <output>]

                OPTIONS:
                  --profile <profile>     Use this profile from the AWS config and credentials files (default:
                                          AWS_PROFILE, else default).
                  --region <region>       Region for STS and a custom --endpoint-url (default: AWS_REGION, the
                                          profile's region, else us-east-1; the service itself is us-east-1 only).
                  --endpoint-url <url>    Send requests to this URL instead of the service (http:// only for
                                          loopback, e.g. the emulator).
                  --connect-timeout <seconds>
                                          Give up connecting after this many seconds. (default: 5.0)
                  --attempt-timeout <seconds>
                                          Give up on one attempt of a request after this many seconds; it is then
                                          retried. (default: 30.0)
                  --debug                 Print request diagnostics to stderr (method, target, canonical request,
                                          string to sign; no secrets).
                  --catalog <catalog>     The catalog to report: AWS (production) or Sandbox (testing). (values:
                                          AWS, Sandbox)
                  --since <when>          The window's start: a span back from now (30d, 12h) or a UTC date or time
                                          (2026-01-01, 2026-01-01T09:00:00Z). (default: 30d)
                  --output <output>       How to print: table, json or csv (default: table on a terminal, else
                                          json). (values: table, json, csv)
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }

    @Test func emulatorHelp() {
        #expect(
            PartnerTriageCommand.helpMessage(for: EmulatorCommand.self, columns: 100) == #"""
                OVERVIEW: Run a local Partner Central Selling endpoint that the AWS CLI, boto3 and this tool
                accept.

                Prints the endpoint URL and the credentials it accepts when ready, and stops cleanly on Ctrl-C or
                SIGTERM. State is in memory. Without --seed-file it serves the built-in demo invitations.

                USAGE: partner-triage emulator <options>

                OPTIONS:
                  --host <host>           The address to listen on (loopback unless you say otherwise). (default:
                                          127.0.0.1)
                  --port <port>           The port to listen on (0 picks a free one). (default: 4777)
                  --seed-file <file>      Start with the invitations (and optional SSO tokens) in this file
                                          ({"EngagementInvitations": [...]}).
                  --access-key-id <id>    Accept requests signed with this access key id (default: the demo key).
                  --secret-access-key <secret>
                                          The secret key that goes with --access-key-id.
                  --session-token <token> Also require this session token (X-Amz-Security-Token) with those keys,
                                          as temporary credentials do.
                  --enforce-quotas        Throttle like the service: reads 10/s and 100,000 a day, writes 1/s and
                                          10,000 a day (ThrottlingException beyond).
                  --fault-rate <p>        Fail this share of requests (0 to 1), each with one fault chosen by
                                          --fault-seed. (default: 0.0)
                        The faults: ThrottlingException (400); InternalServerException (500); the connection closed
                        before the request is applied; the request applied and the connection closed before the
                        answer (a lost response); AccessDeniedException (403), plain or with "Reason":
                        "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"; ServiceQuotaExceededException (402);
                        ResourceNotFoundException (404). Only the dropped connections and the lost response follow
                        the request into the service; every other fault answers before anything is applied.
                  --sparse-responses      Answer like a service that breaks its output promises, to test a client's
                                          leniency.
                        Chosen per invitation by a hash of its Id (the same on every run; Id is always kept):
                        required members left out (Catalog, Receiver.Account.AwsAccountId, the opportunity's
                        Customer); optional ones left out (EngagementTitle, ExpirationDate, SenderCompanyName,
                        InvitationMessage); SenderAwsAccountId and ExpectedCustomerSpend Amount sent as JSON
                        numbers; null appended to lists (ExistingMembers, ReceiverResponsibilities, SenderContacts,
                        ExpectedCustomerSpend, and a null row at the end of some pages); an unknown member
                        "SomeFutureMember"; Status "UNDER_REVIEW"; and the Payload replaced by an unknown union
                        variant {"FuturePlanningInvitation": {...}} with PayloadType "FuturePlanningInvitation".
                        Accept-task answers gain the unknown member and some lose TaskArn.
                  --fault-seed <n>        Choose the failing requests with this seed, for repeatable runs.
                  --latency-ms <n>        Delay every response by this many milliseconds. (default: 0)
                  --credential-lifetime <seconds>
                                          Temporary credentials from STS and the SSO portal expire after this many
                                          seconds (1 to 43200).
                  --contact-delay <seconds>
                                          Share customer contacts this many seconds after an accept, as AWS does
                                          some time later (default: 0). (default: 0)
                  --version               Show the version.
                  -h, --help              Show help information.

                """#
        )
    }
}

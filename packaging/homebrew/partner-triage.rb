# Homebrew formula: builds partner-triage from a tagged source archive with the Xcode toolchain.
#
# To publish a release: tag it (vVERSION, the version in Sources/TriageEffects/Version/BuildInfo.swift), set
# `url` to the tag's archive on the project's GitHub page and `sha256` to that archive's checksum
# (`curl -sL URL | shasum -a 256`), and put this file in a tap. Written without a Mac at hand: see the README's
# "macOS" section for what has and has not been tried.
class PartnerTriage < Formula
  desc "Keyboard-driven triage of AWS Partner Central engagement invitations"
  homepage "https://github.com/partner-triage/partner-triage"
  url "https://github.com/partner-triage/partner-triage/archive/refs/tags/v0.1.0.tar.gz"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  license "Apache-2.0"

  # Swift 6 language mode and Synchronization's Mutex: Xcode 16 and macOS 15.
  depends_on xcode: ["16.0", :build]
  depends_on macos: :sequoia
  # macOS's own ncurses has the wide-character functions the terminal backend uses.
  uses_from_macos "ncurses"

  def install
    # A source archive has no git history to name its commit, so the build names its tag.
    (buildpath/"Sources/TriageEffects/Version/BuildCommit.swift").write <<~SWIFT
      /// The tag the binary was built from, stamped by the Homebrew formula.
      let buildCommit = "v#{version}"
    SWIFT
    system "swift", "build", "--disable-sandbox", "--configuration", "release", "--product", "partner-triage"
    bin.install ".build/release/partner-triage"

    # The manual from swift-argument-parser's plugin, as packaging/release.sh makes it for Linux.
    system "swift", "package", "--disable-sandbox", "plugin", "generate-manual",
           "--authors", "the partner-triage authors"
    man1.install Dir[".build/plugins/GenerateManual/outputs/**/partner-triage.1"].first

    generate_completions_from_executable(bin/"partner-triage", "--generate-completion-script")
  end

  test do
    assert_match "partner-triage #{version} (commit v#{version})", shell_output("#{bin}/partner-triage --version")
    # The built-in emulator answers on loopback with the compiled-in demo data, no AWS account involved.
    port = free_port
    pid = spawn bin/"partner-triage", "emulator", "--port", port.to_s
    begin
      ENV["AWS_ACCESS_KEY_ID"] = "AKIAPARTNERTRIAGEDEMO"
      ENV["AWS_SECRET_ACCESS_KEY"] = "partner-triage-demo-secret-key"
      ENV["AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING"] = "http://127.0.0.1:#{port}"
      output = nil
      30.times do
        output = Utils.popen_read(bin/"partner-triage", "list", "--catalog", "Sandbox", "--output", "ids")
        break if $CHILD_STATUS.success?

        sleep 1
      end
      assert_match(/^engi-/, output)
    ensure
      Process.kill("TERM", pid)
      Process.wait(pid)
    end
  end
end

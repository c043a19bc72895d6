import Foundation
import Testing

@testable import PartnerCentral

@Suite struct STSResponseParserTests {
    // The documented example from the STS API reference (AssumeRole), trimmed of the policy fields.
    let assumeRoleXML = """
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleResult>
            <SourceIdentity>DevUser123</SourceIdentity>
            <AssumedRoleUser>
              <Arn>arn:aws:sts::123456789012:assumed-role/demo/John</Arn>
              <AssumedRoleId>ARO123EXAMPLE123:John</AssumedRoleId>
            </AssumedRoleUser>
            <Credentials>
              <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>
              <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
              <SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764&amp;more</SessionToken>
              <Expiration>2019-11-09T13:34:41Z</Expiration>
            </Credentials>
            <PackedPolicySize>6</PackedPolicySize>
          </AssumeRoleResult>
          <ResponseMetadata>
            <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
          </ResponseMetadata>
        </AssumeRoleResponse>
        """

    @Test func assumeRoleResponseYieldsCredentialsAndRole() throws {
        let parsed = try STSResponseParser.parseAssumedRole(Data(assumeRoleXML.utf8), action: "AssumeRole")
        #expect(parsed.credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(parsed.credentials.secretAccessKey == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")
        #expect(parsed.credentials.sessionToken == "AQoDYXdzEPT//////////wEXAMPLEtc764&more")
        #expect(parsed.credentials.expiration == Date(timeIntervalSince1970: 1_573_306_481))
        #expect(parsed.assumedRoleArn == "arn:aws:sts::123456789012:assumed-role/demo/John")
        #expect(parsed.assumedRoleId == "ARO123EXAMPLE123:John")
    }

    @Test func webIdentityResponseIsReadUnderItsOwnAction() throws {
        let xml = assumeRoleXML.replacingOccurrences(
            of: "AssumeRoleResponse",
            with: "AssumeRoleWithWebIdentityResponse"
        )
        .replacingOccurrences(of: "AssumeRoleResult", with: "AssumeRoleWithWebIdentityResult")
        let parsed = try STSResponseParser.parseAssumedRole(Data(xml.utf8), action: "AssumeRoleWithWebIdentity")
        #expect(parsed.credentials.accessKeyId == "ASIAIOSFODNN7EXAMPLE")
        #expect(throws: STSError.self) {
            try STSResponseParser.parseAssumedRole(Data(xml.utf8), action: "AssumeRole")
        }
    }

    @Test func missingSessionTokenIsAMalformedResponse() {
        let xml = assumeRoleXML.replacingOccurrences(
            of: "<SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764&amp;more</SessionToken>",
            with: ""
        )
        #expect(throws: STSError.malformedResponse("STS AssumeRole response has no Credentials/SessionToken")) {
            try STSResponseParser.parseAssumedRole(Data(xml.utf8), action: "AssumeRole")
        }
    }

    @Test func bodyThatIsNotXMLIsAMalformedResponse() {
        #expect(throws: STSError.self) {
            try STSResponseParser.parseAssumedRole(Data("<html><body>Bad gateway".utf8), action: "AssumeRole")
        }
    }

    @Test func errorResponseYieldsCodeAndMessage() {
        let xml = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error>
                <Type>Sender</Type>
                <Code>ExpiredTokenException</Code>
                <Message>The security token included in the request is expired</Message>
              </Error>
              <RequestId>4d9b9f3e-0000-0000-0000-000000000000</RequestId>
            </ErrorResponse>
            """
        let error = STSResponseParser.parseError(Data(xml.utf8))
        #expect(
            error
                == .init(
                    code: "ExpiredTokenException",
                    message: "The security token included in the request is expired",
                    type: "Sender",
                    requestId: "4d9b9f3e-0000-0000-0000-000000000000"
                )
        )
        #expect(STSResponseParser.parseError(Data(assumeRoleXML.utf8)) == nil)
        #expect(STSResponseParser.parseError(Data()) == nil)
    }
}

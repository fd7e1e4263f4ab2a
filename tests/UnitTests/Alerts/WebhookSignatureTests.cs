using System.Text;
using GrainMarketing.Alerts;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class WebhookSignatureTests
{
    private const string Secret = "gmwh_test-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"x","attempt":1}""");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);

    [Fact]
    public void TheSignatureIsTheHexHmacOfTheTimestampADotAndTheRawBody() =>
        // printf '1764000000.{"id":"x","attempt":1}' | openssl dgst -sha256 -hmac 'gmwh_test-secret'
        Assert.Equal("v1=97e2feb8f63ebc3691c07a88f50806858601ad363b12bfdf594eaf608acb0d0b", WebhookSignature.Sign(Secret, 1_764_000_000, Body));

    [Fact]
    public void AReceiverAcceptsTheSignedBodyWithinTheTolerance() =>
        Assert.True(WebhookSignature.Verify(Secret, "1764000000", WebhookSignature.Sign(Secret, 1_764_000_000, Body), Body, Now.AddMinutes(4), TimeSpan.FromMinutes(5)));

    [Fact]
    public void AReceiverRefusesAChangedBodyAnotherSecretOrAnOldTimestamp()
    {
        var signature = WebhookSignature.Sign(Secret, 1_764_000_000, Body);
        var changed = Encoding.UTF8.GetBytes("""{"id":"x","attempt":2}""");

        Assert.False(WebhookSignature.Verify(Secret, "1764000000", signature, changed, Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("gmwh_other", "1764000000", signature, Body, Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, "1764000000", signature, Body, Now.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Secret, "1764000001", signature, Body, Now, TimeSpan.FromMinutes(5)));
    }
}

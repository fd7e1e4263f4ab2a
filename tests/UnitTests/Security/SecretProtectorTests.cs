using GrainMarketing.Secrets;
using Microsoft.AspNetCore.DataProtection;

namespace GrainMarketing.UnitTests.Security;

public sealed class SecretProtectorTests
{
    private readonly SecretProtector _secrets = new(new EphemeralDataProtectionProvider());

    [Fact]
    public void AProtectedSecretIsRevealedAndNeverHoldsItInClear()
    {
        const string secret = "gmwh_4Kq2-example-signing-secret";

        var stored = _secrets.Protect(secret);

        Assert.StartsWith(SecretProtector.Prefix, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("example-signing-secret", stored, StringComparison.Ordinal);
        Assert.Equal(secret, _secrets.Reveal(stored));
    }

    [Fact]
    public void AValueStoredBeforeEncryptionIsRevealedAsItIsAndProtectingTwiceChangesNothing()
    {
        var stored = _secrets.Protect("https://hooks.slack.com/services/T0/B0/X");

        Assert.Equal("https://hooks.slack.com/services/T0/B0/X", _secrets.Reveal("https://hooks.slack.com/services/T0/B0/X"));
        Assert.Equal(stored, _secrets.Protect(stored));
        Assert.Null(_secrets.Protect(null));
        Assert.Null(_secrets.Reveal(null));
    }

    [Fact]
    public void AnotherKeyRingCannotReveal()
    {
        var stored = _secrets.Protect("gmwh_secret");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => new SecretProtector(new EphemeralDataProtectionProvider()).Reveal(stored));
    }
}

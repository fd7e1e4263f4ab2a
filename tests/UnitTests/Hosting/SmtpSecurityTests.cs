using GrainMarketing.Hosting;
using MailKit.Security;

namespace GrainMarketing.UnitTests.Hosting;

public sealed class SmtpSecurityTests
{
    [Fact]
    public void EverySecurityCastsToMailKitsOptionOfTheSameName()
    {
        Assert.Equal(
            Enum.GetNames<SecureSocketOptions>().Order(StringComparer.Ordinal),
            Enum.GetNames<SmtpSecurity>().Order(StringComparer.Ordinal));
        Assert.All(Enum.GetValues<SmtpSecurity>(), security => Assert.Equal(security.ToString(), ((SecureSocketOptions)security).ToString()));
    }
}

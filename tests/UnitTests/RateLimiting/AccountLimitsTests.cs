using System.Diagnostics.Metrics;
using System.Net;
using GrainMarketing.ApiHost.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.UnitTests.RateLimiting;

public sealed class AccountLimitsTests : IDisposable
{
    private static readonly IPAddress Home = IPAddress.Parse("192.0.2.1");
    private static readonly IPAddress Attacker = IPAddress.Parse("198.51.100.7");

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly AccountLimits _limits;

    public AccountLimitsTests()
    {
        var options = new RateLimitOptions
        {
            FailedLoginsPerSource = new() { TokenLimit = 3, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromHours(1) },
            FailedLoginsPerAccount = new() { TokenLimit = 5, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromHours(1) },
            TenantCreations = new() { TokenLimit = 2, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromHours(1) },
        };
        _limits = new AccountLimits(Options.Create(options), new RateLimitInstruments(_services.GetRequiredService<IMeterFactory>()));
    }

    [Fact]
    public void FailedLoginsFromOneAddressRefuseOnlyThatAddress()
    {
        for (var i = 0; i < 3; i++)
        {
            _limits.ThrowIfLoginsRefused("ana@example.com", Attacker);
            _limits.ChargeFailedLogin("ana@example.com", Attacker);
        }

        var refused = Assert.Throws<RateLimitedException>(() => _limits.ThrowIfLoginsRefused("ana@example.com", Attacker));
        Assert.Equal(AccountLimits.LoginsRefused, refused.Message);
        Assert.Equal(TimeSpan.FromHours(1), refused.RetryAfter);
        _limits.ThrowIfLoginsRefused("ana@example.com", Home);
        _limits.ThrowIfLoginsRefused("bob@example.com", Attacker);
    }

    [Fact]
    public void FailedLoginsFromManyAddressesRefuseEveryAddressOnceTheEmailsBudgetIsSpent()
    {
        for (var i = 0; i < 5; i++)
        {
            _limits.ChargeFailedLogin("ana@example.com", new IPAddress([203, 0, 113, (byte)i]));
        }

        Assert.Throws<RateLimitedException>(() => _limits.ThrowIfLoginsRefused("ana@example.com", Home));
        _limits.ThrowIfLoginsRefused("bob@example.com", Home);
    }

    [Fact]
    public void TenantCreationsAreCountedPerPerson()
    {
        _limits.ChargeTenantCreation("ana@example.com");
        _limits.ChargeTenantCreation("ana@example.com");

        Assert.Throws<RateLimitedException>(() => _limits.ChargeTenantCreation("ana@example.com"));
        _limits.ChargeTenantCreation("bob@example.com");
    }

    public void Dispose()
    {
        _limits.Dispose();
        _services.Dispose();
    }
}

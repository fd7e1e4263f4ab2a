using GrainMarketing.Connectors;

namespace GrainMarketing.UnitTests.Connectors;

public sealed class PkceTests
{
    [Fact]
    public void ChallengeMatchesTheExampleOfRfc7636AppendixB()
    {
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    [Fact]
    public void VerifiersAreFortyThreeUnreservedCharactersAndNeverRepeat()
    {
        var verifiers = Enumerable.Range(0, 1000).Select(_ => Pkce.NewVerifier()).ToList();

        Assert.All(verifiers, v => Assert.Matches("^[A-Za-z0-9_-]{43}$", v));
        Assert.Equal(verifiers.Count, verifiers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void StateKeysAreTheStatesSha256AndDoNotContainTheState()
    {
        var state = Pkce.NewState();

        Assert.Equal(64, OAuthStateKey.For(state).Length);
        Assert.DoesNotContain(state, OAuthStateKey.For(state), StringComparison.Ordinal);
        Assert.Equal(OAuthStateKey.For(state), OAuthStateKey.For(state));
        Assert.NotEqual(OAuthStateKey.For(state), OAuthStateKey.For(Pkce.NewState()));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Auth;

/// <summary>Password reset by email, against a local SMTP server the test starts and reads.</summary>
public sealed partial class PasswordResetTests
{
    private const string OldPassword = "correct horse battery";
    private const string NewPassword = "a brand new passphrase";

    [Fact]
    public async Task AnEmailedTokenResetsThePasswordOnceEndsEveryLoginAndUnknownEmailsGetTheSameAnswerButNoMail()
    {
        await using var smtp = new SmtpSink();
        await using var cluster = await SharedSilo.ViewAsync(new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
        });
        await cluster.StartApiAsync();
        using var api = cluster.CreateApiClient();
        var email = $"reset-{Guid.NewGuid():N}@example.com";
        (await api.PostAsJsonAsync("api/v1/auth/register", new { email, password = OldPassword, displayName = "Ana" })).EnsureSuccessStatusCode();
        using var before = cluster.CreateApiClient();
        before.WithBearer(await TestAccounts.SignInAsync(api, email, OldPassword));
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("api/v1/auth/me")).StatusCode);

        using var unknown = await api.PostAsJsonAsync("api/v1/auth/password/forgot", new { email = "nobody@example.com" });
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        using var forgot = await api.PostAsJsonAsync("api/v1/auth/password/forgot", new { email });
        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);

        var message = await smtp.NextMessageAsync(TimeSpan.FromSeconds(30));
        Assert.Contains($"To: {email}", message, StringComparison.OrdinalIgnoreCase);
        Assert.False(smtp.HasMessage, "the unknown email must not get a message");
        var token = Token().Match(message).Groups[1].Value;

        using var weak = await api.PostAsJsonAsync("api/v1/auth/password/reset", new { email, token, newPassword = "short" });
        Assert.Equal(["newPassword"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(weak, HttpStatusCode.BadRequest, "validation")));
        using var reset = await api.PostAsJsonAsync("api/v1/auth/password/reset", new { email, token, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var again = await api.PostAsJsonAsync("api/v1/auth/password/reset", new { email, token, newPassword = "yet another passphrase" });
        Assert.Equal(["token"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(again, HttpStatusCode.BadRequest, "validation")));

        using var oldLogin = await api.PostAsJsonAsync("api/v1/auth/login", new { email, password = OldPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, oldLogin.StatusCode);
        using var newLogin = await api.PostAsJsonAsync("api/v1/auth/login", new { email, password = NewPassword });
        Assert.Equal(HttpStatusCode.OK, newLogin.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("api/v1/auth/me")).StatusCode);
        Assert.DoesNotContain(token, cluster.Output(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"token to /api/v1/auth/password/reset: ([A-Za-z0-9_-]+)")]
    private static partial Regex Token();
}

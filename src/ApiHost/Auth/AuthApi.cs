using System.Security.Claims;
using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GrainMarketing.ApiHost.Auth;

/// <summary><c>/api/v1/auth</c>: accounts and access tokens. Passwords are hashed here (ASP.NET Core Identity's PBKDF2 hasher); the account grain keeps only the hash.</summary>
public static class AuthApi
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;
    public const int MaxDisplayNameLength = 100;

    /// <summary>Verified when an email has no account, so a miss takes as long as a wrong password.</summary>
    private static readonly string DecoyHash = new PasswordHasher<AccountDetails>().HashPassword(null!, Guid.NewGuid().ToString());

    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/auth").WithTags("Auth");
        group.MapPost("/register", RegisterAsync).AllowAnonymous().WithName("Register").WithSummary("Create an account")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/login", LoginAsync).AllowAnonymous().WithName("Login").WithSummary("Exchange email and password for an access token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/refresh", RefreshAsync).AllowAnonymous().WithName("Refresh")
            .WithSummary("Exchange a refresh token for new tokens; a refresh token works once, and reusing an old one ends the login")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/logout", LogoutAsync).AllowAnonymous().WithName("Logout")
            .WithSummary("End the login the refresh token belongs to, its access tokens included")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/password/forgot", ForgotPassword).AllowAnonymous().WithName("ForgotPassword")
            .WithSummary("Email a single-use, expiring reset token; answers 202 whether or not the account exists")
            .ProducesValidationProblem();
        group.MapPost("/password/reset", ResetPasswordAsync).AllowAnonymous().WithName("ResetPassword")
            .WithSummary("Set a new password with the emailed token")
            .ProducesValidationProblem();
        group.MapGet("/me", MeAsync).WithName("Me").WithSummary("The signed-in account").RequireAuthorization(TenantPolicies.SignedIn)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    /// <remarks>A taken email is a 409, as in most products; the per-address limit (<see cref="AccountLimits"/>) keeps that from being a fast lookup.</remarks>
    public static async Task<Created<AccountResponse>> RegisterAsync(
        RegisterRequest request, HttpContext http, IGrainFactory grains, IPasswordHasher<AccountDetails> hasher, AccountLimits limits, AuditTrail audit)
    {
        var errors = new ValidationErrors();
        if (!AccountEmail.IsValid(request.Email))
        {
            errors.Add("email", "Required: an email address such as ana@example.com.");
        }

        if (request.Password is not { Length: >= MinPasswordLength and <= MaxPasswordLength })
        {
            errors.Add("password", $"Required: {MinPasswordLength}-{MaxPasswordLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Trim().Length > MaxDisplayNameLength)
        {
            errors.Add("displayName", $"Required: 1-{MaxDisplayNameLength} characters, not blank.");
        }

        errors.ThrowIfAny();

        limits.ChargeRegistration(http.Connection.RemoteIpAddress);
        var email = AccountEmail.Normalize(request.Email!);
        var account = await grains.GetGrain<IAccountGrain>(email)
            .RegisterAsync(request.DisplayName!.Trim(), hasher.HashPassword(null!, request.Password!));
        await audit.RecordAsync("account.registered", email, target: account.Id.ToString(), after: new { account.Email, account.DisplayName });
        return TypedResults.Created("/api/v1/auth/me", ToResponse(account));
    }

    /// <remarks>
    /// An unknown email and a wrong password get the same 401 after the same hashing work, and count against the same
    /// failed-login limits (<see cref="AccountLimits"/>), whose refusal is one 429 for known and unknown emails alike.
    /// </remarks>
    public static async Task<Ok<TokenResponse>> LoginAsync(
        LoginRequest request, HttpContext http, IGrainFactory grains, IPasswordHasher<AccountDetails> hasher, AccountLimits limits,
        AccessTokens tokens, RefreshTokens refresh, AuditTrail audit)
    {
        if (!AccountEmail.IsValid(request.Email) || string.IsNullOrEmpty(request.Password) || request.Password.Length > MaxPasswordLength)
        {
            await audit.RecordAsync("login.failed", actor: null, after: new { reason = "malformed" });
            throw new LoginRefusedException();
        }

        var email = AccountEmail.Normalize(request.Email!);
        var source = http.Connection.RemoteIpAddress;
        try
        {
            limits.ThrowIfLoginsRefused(email, source);
        }
        catch (RateLimitedException)
        {
            await audit.RecordAsync("login.failed", email, after: new { reason = "too many failures" });
            throw;
        }

        var account = grains.GetGrain<IAccountGrain>(email);
        var secret = await account.GetSecretAsync();
        var matched = hasher.VerifyHashedPassword(null!, secret?.PasswordHash ?? DecoyHash, request.Password) != PasswordVerificationResult.Failed;
        if (secret is null || !matched)
        {
            limits.ChargeFailedLogin(email, source);
            await audit.RecordAsync("login.failed", email, after: new { reason = secret is null ? "unknown account" : "wrong password" });
            throw new LoginRefusedException();
        }

        var details = await account.GetAsync();
        await audit.RecordAsync("login.succeeded", email, target: details.Id.ToString());
        var (refreshToken, session) = await refresh.StartAsync(details.Email);
        return TypedResults.Ok(Tokens(tokens, details, refreshToken, session));
    }

    public static async Task<Ok<TokenResponse>> RefreshAsync(RefreshRequest request, IGrainFactory grains, AccessTokens tokens, RefreshTokens refresh)
    {
        var rotated = await refresh.RotateAsync(request.RefreshToken) ?? throw new LoginRefusedException(refreshTokenRefused: true);
        var account = await grains.GetGrain<IAccountGrain>(rotated.AccountEmail).GetAsync();
        return TypedResults.Ok(Tokens(tokens, account, rotated.Next, rotated.Session));
    }

    /// <remarks>Only the refresh token ends its login: the login id alone, readable in every access token, does not.</remarks>
    public static async Task<NoContent> LogoutAsync(RefreshRequest request, RefreshTokens refresh)
    {
        if (!RefreshTokens.IsWellFormed(request.RefreshToken))
        {
            throw ValidationErrors.Refusal("refreshToken", "Required: the refresh token of the login to end.");
        }

        if (!await refresh.EndAsync(request.RefreshToken!))
        {
            throw new LoginRefusedException(refreshTokenRefused: true);
        }

        return TypedResults.NoContent();
    }

    private static TokenResponse Tokens(AccessTokens tokens, AccountDetails account, string refreshToken, Guid session)
    {
        var (token, expiresAt, expiresIn) = tokens.Issue(account, session);
        return new TokenResponse(token, "Bearer", expiresIn, expiresAt, refreshToken);
    }

    /// <remarks>The same 202, as fast, for an unknown email: the work is done after the answer, so neither tells which emails have accounts.</remarks>
    public static Accepted ForgotPassword(ForgotPasswordRequest request, PasswordResetRequests resets)
    {
        if (!AccountEmail.IsValid(request.Email))
        {
            throw ValidationErrors.Refusal("email", "Required: an email address.");
        }

        resets.Enqueue(AccountEmail.Normalize(request.Email!));
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<NoContent> ResetPasswordAsync(
        ResetPasswordRequest request, IGrainFactory grains, IPasswordHasher<AccountDetails> hasher, AccessCache access, AuditTrail audit)
    {
        var errors = new ValidationErrors();
        if (!AccountEmail.IsValid(request.Email))
        {
            errors.Add("email", "Required: an email address.");
        }

        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > 100)
        {
            errors.Add("token", "Required: the token from the reset email.");
        }

        if (request.NewPassword is not { Length: >= MinPasswordLength and <= MaxPasswordLength })
        {
            errors.Add("newPassword", $"Required: {MinPasswordLength}-{MaxPasswordLength} characters.");
        }

        if (errors.IsEmpty)
        {
            var ended = await grains.GetGrain<IAccountGrain>(AccountEmail.Normalize(request.Email!))
                .ResetPasswordAsync(SecretTokens.Digest(request.Token!), hasher.HashPassword(null!, request.NewPassword!));
            if (ended is null)
            {
                errors.Add("token", "Not valid: unknown, already used or expired. Ask for a new reset email.");
            }

            foreach (var session in ended ?? [])
            {
                access.ForgetSession(session);
            }
        }

        if (errors.Contains("token") && errors.Count == 1)
        {
            await audit.RecordAsync("password.reset.failed", AccountEmail.Normalize(request.Email!));
        }

        errors.ThrowIfAny();

        await audit.RecordAsync("password.reset", AccountEmail.Normalize(request.Email!));
        return TypedResults.NoContent();
    }

    public static async Task<Ok<AccountResponse>> MeAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var email = user.FindFirstValue(JwtRegisteredClaimNames.Email) ?? throw new NotFoundException("Account", "(token without email)");
        return TypedResults.Ok(ToResponse(await grains.GetGrain<IAccountGrain>(email).GetAsync()));
    }

    private static AccountResponse ToResponse(AccountDetails account) =>
        new(account.Id, account.Email, account.DisplayName, account.CreatedAt);
}

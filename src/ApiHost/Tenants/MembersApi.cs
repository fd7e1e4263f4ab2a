using System.Security.Claims;
using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary><c>/api/v1/tenants/{tenant}</c> members and invitations.</summary>
/// <remarks>
/// Admins (people, never keys) invite by email (a single-use, expiring token is mailed), change roles and remove members; anyone may
/// leave; the last admin can do neither. Each change drops this host's cached membership at once and is audited.
/// </remarks>
public static class MembersApi
{
    public const int MaxTokenLength = 100;

    public static RouteGroupBuilder MapMembers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Members")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/members", ListAsync).WithName("ListMembers").WithSummary("Members and pending invitations")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPut("/members/{email}", ChangeRoleAsync).WithName("ChangeMemberRole").WithSummary("Give a member another role")
            .RequireAuthorization(TenantPolicies.AdminPerson)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/members/{email}", RemoveAsync).WithName("RemoveMember").WithSummary("Remove a member")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/leave", LeaveAsync).WithName("LeaveTenant").WithSummary("Leave the tenant (the last admin cannot)")
            .RequireAuthorization(TenantPolicies.Member)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/invitations", InviteAsync).WithName("InviteMember")
            .WithSummary("Invite someone by email with a role; the token is emailed and works once until it expires")
            .RequireAuthorization(TenantPolicies.AdminPerson)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/invitations/{id:guid}", WithdrawAsync).WithName("WithdrawInvitation").WithSummary("Withdraw a pending invitation")
            .RequireAuthorization(TenantPolicies.Admin);
        group.MapPost("/invitations/accept", AcceptAsync).WithName("AcceptInvitation")
            .WithSummary("Join the tenant with the emailed token, signed in with the invited email")
            .RequireAuthorization(TenantPolicies.SignedIn)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    public static async Task<Ok<TenantMembers>> ListAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Access(grains, tenant).GetMembersAsync());

    public static async Task<Ok<TenantMember>> ChangeRoleAsync(
        string tenant, string email, ChangeRoleRequest request, IGrainFactory grains, AccessCache cache, AuditTrail audit)
    {
        var role = request.Role ?? throw ValidationErrors.Refusal("role", "Required: viewer, editor or admin.");
        var member = AccountEmail.Normalize(email);
        var change = await Access(grains, tenant).ChangeRoleAsync(member, role);
        cache.ForgetMember(tenant, member);
        await audit.RecordTenantAsync("member.role_changed", tenant, member, change.Before, change.After);
        return TypedResults.Ok(change.After!);
    }

    public static async Task<NoContent> RemoveAsync(string tenant, string email, IGrainFactory grains, AccessCache cache, AuditTrail audit)
    {
        var member = AccountEmail.Normalize(email);
        var change = await Access(grains, tenant).RemoveMemberAsync(member);
        cache.ForgetMember(tenant, member);
        await audit.RecordTenantAsync("member.removed", tenant, member, change.Before);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> LeaveAsync(string tenant, ClaimsPrincipal user, IGrainFactory grains, AccessCache cache, AuditTrail audit)
    {
        var email = user.Email();
        var change = await Access(grains, tenant).RemoveMemberAsync(email);
        cache.ForgetMember(tenant, email);
        await audit.RecordTenantAsync("member.left", tenant, email, change.Before);
        return TypedResults.NoContent();
    }

    public static async Task<Created<TenantInvitation>> InviteAsync(
        string tenant, InviteRequest request, ClaimsPrincipal user, IGrainFactory grains, Mailer mailer, IOptions<AuthOptions> options,
        TimeProvider clock, AuditTrail audit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!AccountEmail.IsValid(request.Email))
        {
            errors.Add("email", "Required: an email address such as ana@example.com.");
        }

        if (request.Role is null)
        {
            errors.Add("role", "Required: viewer, editor or admin.");
        }

        errors.ThrowIfAny();

        var email = AccountEmail.Normalize(request.Email!);
        var token = SecretTokens.New();
        var validFor = options.Value.InvitationLifetime;
        var invitedBy = user.Actor() ?? "";
        var invitation = await Access(grains, tenant).InviteAsync(email, request.Role!.Value, invitedBy, SecretTokens.Digest(token), clock.GetUtcNow() + validFor);
        await audit.RecordTenantAsync("member.invited", tenant, email, after: new { invitation.Id, invitation.Role, invitation.ExpiresAt });
        var details = await grains.GetGrain<ITenantGrain>(tenant).GetAsync();
        await mailer.SendInvitationAsync(email, tenant, details.Settings.DisplayName, invitedBy, token, validFor, cancellationToken);
        return TypedResults.Created($"/api/v1/tenants/{tenant}/members", invitation);
    }

    public static async Task<NoContent> WithdrawAsync(string tenant, Guid id, IGrainFactory grains, AuditTrail audit)
    {
        var invitation = await Access(grains, tenant).WithdrawInvitationAsync(id);
        await audit.RecordTenantAsync("member.invitation_withdrawn", tenant, invitation.Email, before: new { invitation.Id, invitation.Role });
        return TypedResults.NoContent();
    }

    /// <remarks>
    /// A token that is unknown, used, expired or meant for another email is one 400, so it reveals nothing. Any
    /// signed-in person can post here for any tenant, so a token that matches no invitation writes nothing to the
    /// tenant, its audit trail included, and each person may try only so many (<see cref="AccountLimits"/>).
    /// </remarks>
    public static async Task<Ok<TenantMember>> AcceptAsync(
        string tenant, AcceptInvitationRequest request, ClaimsPrincipal user, IGrainFactory grains, AccountLimits limits, AccessCache cache,
        AuditTrail audit)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > MaxTokenLength)
        {
            throw ValidationErrors.Refusal("token", "Required: the token from the invitation email.");
        }

        var email = user.Email();
        limits.ChargeInvitationAcceptance(email);
        MemberChange change;
        try
        {
            change = await Access(grains, tenant).AcceptInvitationAsync(email, SecretTokens.Digest(request.Token.Trim()));
        }
        catch (NotFoundException)
        {
            throw ValidationErrors.Refusal("token", "Not valid: unknown, already used, expired, or sent to another email. Ask for a new invitation.");
        }

        cache.ForgetMember(tenant, email);
        await audit.RecordTenantAsync("member.joined", tenant, email, change.Before, change.After);
        return TypedResults.Ok(change.After!);
    }

    private static ITenantAccessGrain Access(IGrainFactory grains, string tenant) => grains.GetGrain<ITenantAccessGrain>(tenant);
}

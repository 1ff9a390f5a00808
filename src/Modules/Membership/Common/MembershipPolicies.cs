using CoopSante.Platform.Security.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace CoopSante.Membership.Common;

/// <summary>Membership's coop rules, as policies that endpoints and pages name.</summary>
internal static class MembershipPolicies
{
    /// <summary>Keep the register: members, applications, shares paid, households, meetings (manager and reception).</summary>
    public const string CanManageRegister = nameof(CanManageRegister);

    /// <summary>Record what the board decided: admissions, transfers, refunds, by-laws, a register import (manager).</summary>
    public const string CanRecordBoardDecisions = nameof(CanRecordBoardDecisions);

    public static readonly CoopRule ManageRegister = new(CanManageRegister, Access.ManageRegister);
    public static readonly CoopRule RecordBoardDecisions = new(CanRecordBoardDecisions, Access.RecordBoardDecisions);

    public static IServiceCollection AddMembershipRules(this IServiceCollection services) =>
        services.AddCoopRule(ManageRegister).AddCoopRule(RecordBoardDecisions);
}

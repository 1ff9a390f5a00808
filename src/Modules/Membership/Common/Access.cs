using CoopSante.Platform.Tenancy;

namespace CoopSante.Membership.Common;

/// <summary>Who works on the register: the coop's management and reception; board decisions are the manager's.</summary>
internal static class Access
{
    public static readonly Role[] ManageRegister = [Role.CoopAdmin, Role.CoopStaff];
    public static readonly Role[] RecordBoardDecisions = [Role.CoopAdmin];
}

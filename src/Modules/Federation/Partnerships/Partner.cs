using CoopSante.Platform.Data;

namespace CoopSante.Federation.Partnerships;

/// <summary>What kind of public-network body a partner is.</summary>
internal enum PartnerKind
{
    /// <summary>A CISSS or CIUSSS (integrated health and social services centre).</summary>
    HealthCentre = 0,
    Municipality = 1,
    MinistryOrAgency = 2,
    Other = 3,
}

/// <summary>A body of the public network the federation and its coops work with. The federation's record, not a coop's.</summary>
internal sealed class Partner : IVersioned
{
    public const int NameMax = 200;
    public const int ContactsMax = 50;

    public Guid Id { get; set; }
    public PartnerKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
    public List<PartnerContact> Contacts { get; set; } = [];
}

/// <summary>A person at a partner (a directorate's adviser, a municipal officer).</summary>
internal sealed class PartnerContact
{
    public const int NameMax = 200;
    public const int RoleMax = 200;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;

    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

using CoopSante.Federation.Coops;

namespace CoopSante.Federation.Coops;

/// <summary>The editable state of the coop form, turned into the same request the API takes.</summary>
internal sealed class CoopForm
{
    public string? Name { get; set; }
    public string? LegalName { get; set; }
    public string? Neq { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? RegionCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }
    public DateTime? FoundedOn { get; set; }
    public DateTime? FqcsMemberSince { get; set; }
    public IReadOnlyCollection<string> Services { get; set; } = [];
    public int? Members { get; set; }
    public int? Physicians { get; set; }
    public int? Nurses { get; set; }
    public int? OtherProfessionals { get; set; }
    public int? Patients { get; set; }
    public DateTime? CountsDeclaredOn { get; set; }
    public Dictionary<string, string?> Hours { get; } = new(StringComparer.Ordinal)
    {
        ["monday"] = null, ["tuesday"] = null, ["wednesday"] = null, ["thursday"] = null, ["friday"] = null, ["saturday"] = null, ["sunday"] = null,
    };
    public int Version { get; set; }

    public static CoopForm From(CoopDto c)
    {
        var form = new CoopForm
        {
            Name = c.Name, LegalName = c.LegalName, Neq = c.Neq, Address = c.Address, City = c.City, PostalCode = c.PostalCode,
            RegionCode = c.Region.Code, Phone = c.Phone, Email = c.Email, Website = c.Website, Description = c.Description,
            FoundedOn = ToDate(c.FoundedOn), FqcsMemberSince = ToDate(c.FqcsMemberSince), Services = c.Services.Select(s => s.Code).ToList(),
            Members = c.DeclaredCounts.Members, Physicians = c.DeclaredCounts.Physicians, Nurses = c.DeclaredCounts.Nurses,
            OtherProfessionals = c.DeclaredCounts.OtherProfessionals, Patients = c.DeclaredCounts.Patients, CountsDeclaredOn = ToDate(c.DeclaredCounts.DeclaredOn), Version = c.Version,
        };
        form.SetHours(c.OpeningHours);
        return form;
    }

    public void SetHours(OpeningHoursDto h)
    {
        Hours["monday"] = h.Monday; Hours["tuesday"] = h.Tuesday; Hours["wednesday"] = h.Wednesday; Hours["thursday"] = h.Thursday;
        Hours["friday"] = h.Friday; Hours["saturday"] = h.Saturday; Hours["sunday"] = h.Sunday;
    }

    public OpeningHoursDto OpeningHours() => new(Hours["monday"], Hours["tuesday"], Hours["wednesday"], Hours["thursday"], Hours["friday"], Hours["saturday"], Hours["sunday"]);

    public CoopInput ToInput(bool withVersion) => new(Name, LegalName, Neq, Address, City, PostalCode, RegionCode, Phone, Email, Website, Description,
        ToDateOnly(FoundedOn), ToDateOnly(FqcsMemberSince), OpeningHours(), Services.ToList(),
        new DeclaredCountsDto(Members, Physicians, Nurses, OtherProfessionals, ToDateOnly(CountsDeclaredOn), Patients), null, withVersion ? Version : null);

    private static DateTime? ToDate(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);
    private static DateOnly? ToDateOnly(DateTime? d) => d is null ? null : DateOnly.FromDateTime(d.Value);
}

using CoopSante.Federation.Regions;
using CoopSante.Platform.Errors;

namespace CoopSante.Federation.Coops;

/// <summary>
/// Checks a whole request before anything is written, collecting every failure with its field, and applies the
/// normalized values to a coop only when there is none.
/// </summary>
internal static class CoopValidation
{
    public static List<Failure> Validate(CoopInput input, IReadOnlySet<string> knownServices, bool requireVersion)
    {
        var failures = new List<Failure>();
        Required(failures, input.Name, "name", Coop.NameMax);
        Required(failures, input.LegalName, "legalName", Coop.NameMax);
        Required(failures, input.Address, "address", Coop.AddressMax);
        Required(failures, input.City, "city", Coop.CityMax);

        if (string.IsNullOrWhiteSpace(input.Neq)) failures.Add(PlatformErrors.Required.At("neq"));
        else if (CoopRules.NormalizeNeq(input.Neq) is null) failures.Add(FederationErrors.NeqInvalid.At("neq"));

        if (string.IsNullOrWhiteSpace(input.PostalCode)) failures.Add(PlatformErrors.Required.At("postalCode"));
        else if (CoopRules.NormalizePostalCode(input.PostalCode) is not { } postal) failures.Add(FederationErrors.PostalCodeInvalid.At("postalCode"));
        else if (!CoopRules.IsQuebecPostalCode(postal)) failures.Add(FederationErrors.PostalCodeOutsideQuebec.At("postalCode"));

        if (string.IsNullOrWhiteSpace(input.RegionCode)) failures.Add(PlatformErrors.Required.At("regionCode"));
        else if (QuebecRegions.Find(input.RegionCode) is null) failures.Add(FederationErrors.RegionUnknown.At("regionCode"));

        ValidatePublic(failures, input.Phone, input.Email, input.Website, input.Description, input.OpeningHours, input.Services, knownServices);

        if (input.FoundedOn is { } founded && input.FqcsMemberSince is { } since && since < founded)
            failures.Add(FederationErrors.MemberSinceBeforeFounding.At("fqcsMemberSince"));
        if (input.DeclaredCounts is { } counts)
        {
            Count(failures, counts.Members, "declaredCounts.members");
            Count(failures, counts.Physicians, "declaredCounts.physicians");
            Count(failures, counts.Nurses, "declaredCounts.nurses");
            Count(failures, counts.OtherProfessionals, "declaredCounts.otherProfessionals");
            Count(failures, counts.Patients, "declaredCounts.patients");
        }
        if (input.Status is not null && !TryParseStatus(input.Status, out _)) failures.Add(FederationErrors.StatusUnknown.At("status"));
        if (requireVersion && input.Version is null) failures.Add(PlatformErrors.Required.At("version"));
        return failures;
    }

    public static List<Failure> Validate(CoopProfileInput input, IReadOnlySet<string> knownServices)
    {
        var failures = new List<Failure>();
        ValidatePublic(failures, input.Phone, input.Email, input.Website, input.Description, input.OpeningHours, input.Services, knownServices);
        if (input.Version is null) failures.Add(PlatformErrors.Required.At("version"));
        return failures;
    }

    private static void ValidatePublic(List<Failure> failures, string? phone, string? email, string? website, string? description,
        OpeningHoursDto? hours, IReadOnlyList<string>? services, IReadOnlySet<string> knownServices)
    {
        if (!string.IsNullOrWhiteSpace(phone) && CoopRules.NormalizePhone(phone) is null) failures.Add(FederationErrors.PhoneInvalid.At("phone"));
        if (!string.IsNullOrWhiteSpace(email))
        {
            if (email.Trim().Length > Coop.EmailMax) failures.Add(PlatformErrors.TooLong.At("email", Coop.EmailMax));
            else if (!CoopRules.IsValidEmail(email.Trim())) failures.Add(PlatformErrors.InvalidEmail.At("email"));
        }
        if (!string.IsNullOrWhiteSpace(website))
        {
            if (website.Trim().Length > Coop.WebsiteMax) failures.Add(PlatformErrors.TooLong.At("website", Coop.WebsiteMax));
            else if (CoopRules.NormalizeWebsite(website) is null) failures.Add(FederationErrors.WebsiteInvalid.At("website"));
        }
        if (description is not null && description.Trim().Length > Coop.DescriptionMax) failures.Add(PlatformErrors.TooLong.At("description", Coop.DescriptionMax));
        if (hours is not null)
        {
            foreach (var (day, text) in ToEntity(hours).Days())
                if (text is not null && text.Length > Coop.HoursMax) failures.Add(PlatformErrors.TooLong.At($"openingHours.{day}", Coop.HoursMax));
        }
        if (services is not null)
        {
            for (var i = 0; i < services.Count; i++)
                if (services[i] is null || !knownServices.Contains(services[i])) failures.Add(FederationErrors.ServiceUnknown.At($"services[{i}]"));
        }
    }

    public static bool TryParseStatus(string? text, out CoopStatus status)
    {
        status = default;
        return text is not null && !int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);
    }

    /// <summary>Writes the normalized values of a validated request (call only when <see cref="Validate(CoopInput, IReadOnlySet{string}, bool)"/> found nothing).</summary>
    public static void Apply(Coop coop, CoopInput input)
    {
        coop.Name = input.Name!.Trim();
        coop.LegalName = input.LegalName!.Trim();
        coop.Neq = CoopRules.NormalizeNeq(input.Neq)!;
        coop.Address = input.Address!.Trim();
        coop.City = input.City!.Trim();
        coop.PostalCode = CoopRules.NormalizePostalCode(input.PostalCode)!;
        coop.RegionCode = QuebecRegions.Find(input.RegionCode)!.Code;
        coop.FoundedOn = input.FoundedOn;
        coop.FqcsMemberSince = input.FqcsMemberSince;
        if (input.DeclaredCounts is { } counts)
        {
            coop.DeclaredMembers = counts.Members ?? 0;
            coop.DeclaredPhysicians = counts.Physicians ?? 0;
            coop.DeclaredNurses = counts.Nurses ?? 0;
            coop.DeclaredOtherProfessionals = counts.OtherProfessionals ?? 0;
            coop.DeclaredPatients = counts.Patients ?? 0;
            coop.CountsDeclaredOn = counts.DeclaredOn;
        }
        ApplyPublic(coop, input.Phone, input.Email, input.Website, input.Description, input.OpeningHours, input.Services);
        coop.RefreshSearchText();
    }

    public static void Apply(Coop coop, CoopProfileInput input) =>
        ApplyPublic(coop, input.Phone, input.Email, input.Website, input.Description, input.OpeningHours, input.Services);

    private static void ApplyPublic(Coop coop, string? phone, string? email, string? website, string? description, OpeningHoursDto? hours, IReadOnlyList<string>? services)
    {
        coop.Phone = CoopRules.NormalizePhone(phone);
        coop.Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        coop.Website = CoopRules.NormalizeWebsite(website);
        coop.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        coop.Hours = ToEntity(hours ?? new OpeningHoursDto());
        var wanted = (services ?? []).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        coop.Services.RemoveAll(s => !wanted.Contains(s.ServiceCode));
        foreach (var code in wanted.Where(c => !coop.Services.Exists(s => s.ServiceCode == c)).Order(StringComparer.Ordinal))
            coop.Services.Add(new CoopService { CoopId = coop.Id, ServiceCode = code });
    }

    private static OpeningHours ToEntity(OpeningHoursDto h) => new()
    {
        Monday = Clean(h.Monday), Tuesday = Clean(h.Tuesday), Wednesday = Clean(h.Wednesday), Thursday = Clean(h.Thursday),
        Friday = Clean(h.Friday), Saturday = Clean(h.Saturday), Sunday = Clean(h.Sunday),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Required(List<Failure> failures, string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) failures.Add(PlatformErrors.Required.At(field));
        else if (value.Trim().Length > max) failures.Add(PlatformErrors.TooLong.At(field, max));
    }

    private static void Count(List<Failure> failures, int? value, string field)
    {
        if (value is < 0 or > 1_000_000) failures.Add(FederationErrors.CountInvalid.At(field));
    }
}

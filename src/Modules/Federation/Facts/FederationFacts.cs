namespace CoopSante.Federation.Facts;

/// <summary>
/// The figures the federation publishes about itself, on <see cref="AsOf"/>: aggregates only. Members come from the
/// registers kept here where a coop keeps one, otherwise from its declared count; clinicians and patient records are
/// always declared (<see cref="Sources"/> says which).
/// </summary>
internal sealed record FederationFacts(DateOnly AsOf, int Coops, int Regions, int Members, int Physicians, int Nurses, int OtherProfessionals,
    int Patients, int TelemedicineCoops, FactsSources Sources, IReadOnlyList<RegionFacts>? ByRegion = null);

/// <summary>The same figures for one administrative region.</summary>
internal sealed record RegionFacts(string RegionCode, string RegionName, int Coops, int Members, int Physicians, int Nurses, int OtherProfessionals,
    int Patients, int TelemedicineCoops, int MembersFromRegisters, int MembersDeclared);

/// <param name="MembersFromRegisters">Active members counted in the registers kept in CoopSanté.</param>
/// <param name="MembersDeclared">Members declared by the coops whose register is not kept here.</param>
/// <param name="CoopsWithRegister">Coops whose members are counted from their register.</param>
/// <param name="Declared">The figures that are counts declared by the coops, not counted here.</param>
/// <param name="LatestDeclaration">The most recent date a coop declared its counts.</param>
internal sealed record FactsSources(int MembersFromRegisters, int MembersDeclared, int CoopsWithRegister, IReadOnlyList<string> Declared, DateOnly? LatestDeclaration);

namespace CoopSante.Federation.Partnerships;

/// <summary>A consultation of the public network held under an agreement: who took part, the minutes, what came out of it.</summary>
internal sealed class ConsultationEvent
{
    public const int TitleMax = 200;
    public const int MinutesMax = 20_000;
    public const int ParticipantsMax = 50;
    public const int OutcomesMax = 20;

    public Guid Id { get; set; }
    public Guid AgreementId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Markdown; readers get it through <see cref="Bulletins.RichText"/> (sanitized).</summary>
    public string Minutes { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<ConsultationParticipant> Participants { get; set; } = [];
    public List<ConsultationOutcome> Outcomes { get; set; } = [];
}

/// <summary>A partner (optionally one of its contacts) or a coop that took part.</summary>
internal sealed class ConsultationParticipant
{
    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public Guid? PartnerId { get; set; }
    public Guid? ContactId { get; set; }
    public Guid? CoopId { get; set; }
}

/// <summary>What a consultation decided; linked to a recommendation of the Cadre de référence by its stable code when relevant.</summary>
internal sealed class ConsultationOutcome
{
    public const int TextMax = 1000;

    public Guid Id { get; set; }
    public Guid EventId { get; set; }
    public string Text { get; set; } = "";
    public string? RecommendationCode { get; set; }
}

namespace CoopSante.Platform.Resources;

/// <summary>Marker for the authorization rules' resources (auditor assignments): AuthorizationText.resx (fr) and AuthorizationText.en.resx.</summary>
public sealed class AuthorizationText;

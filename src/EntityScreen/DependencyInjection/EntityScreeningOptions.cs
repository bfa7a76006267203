namespace EntityScreen;

/// <summary>Configuration for <c>services.AddEntityScreening(...)</c>: which lists to load and how to screen.</summary>
public sealed class EntityScreeningOptions
{
    /// <summary>List files or OFAC folders to load at start-up (format detected).</summary>
    public IList<string> ListPaths { get; } = [];

    /// <summary>Alias-overlay files to apply to the lists (see <see cref="AliasOverlay"/>), in order, after the default one when <see cref="UseDefaultOverlay"/>.</summary>
    public IList<string> OverlayPaths { get; } = [];

    /// <summary>True to apply <see cref="AliasOverlay.Default"/> (the curated Chinese names of Entity List and MEU parties). Off by default.</summary>
    public bool UseDefaultOverlay { get; set; }

    /// <summary>
    /// Ownership files (CSV, or FollowTheMoney JSON lines by extension: see <see cref="OwnershipFile.Load"/> and docs/ownership.md): the affiliates the ownership rules derive from them are screened
    /// beside the lists (see <see cref="AffiliateList"/>). Empty: no ownership.
    /// </summary>
    public IList<string> OwnershipPaths { get; } = [];

    /// <summary>The ownership rules' options and day (null <see cref="OwnershipOptions.AsOf"/>: the day the lists are loaded).</summary>
    public OwnershipOptions Ownership { get; set; } = new();

    /// <summary>Screening options.</summary>
    public ScreeningOptions Screening { get; set; } = new();
}

package domain

// Regions form two levels: a district (Landkreis, no parent) and its
// municipalities (parent = the district). "A region and its district" is
// stated here once, as SQL over a regions row, for every query that needs it:
// the roles a Verband has, the moderator of an idea, search, the change log,
// the audience of a deletion and the responsiveness figures. The API rules
// read the same derivation through users.moderator_regions and staff_regions,
// which accounts/roles.go fills from RoleReachSQL.

// DistrictOfSQL is the district of the regions row at alias ("r." or ""):
// its parent, or itself when it is a district.
func DistrictOfSQL(at string) string {
	return "COALESCE(NULLIF(" + at + "parent, ''), " + at + "id)"
}

// InRegionSQL is true when the regions row at alias is region (an SQL
// expression) or one of its municipalities.
func InRegionSQL(at, region string) string {
	return "(" + at + "id = " + region + " OR " + at + "parent = " + region + ")"
}

// RoleReachSQL selects, for the user {:user} and the role {:role}, each
// verified organization in which they hold that role (organization, name)
// with each region it acts in (region): the organization's own regions and
// their municipalities, so that a district's Verband also acts in its
// villages.
var RoleReachSQL = `SELECT o.id AS organization, o.name AS name, r.id AS region FROM memberships m
	JOIN organizations o ON o.id = m.organization AND o.verified = TRUE
	JOIN json_each(o.regions) AS acts
	JOIN regions r ON ` + InRegionSQL("r.", "acts.value") + `
	WHERE m.user = {:user} AND m.role = {:role}`

package crawl

import (
	"fmt"
	"net/netip"
	"syscall"
)

// nonPublicPrefixes are the address blocks a fetch refuses unless
// Options.AllowPrivate: nothing on them is a public web site, and a URL
// pointing there (or a name resolving there) is how a server is tricked
// into reading its own network (SSRF).
var nonPublicPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),          // "this network", unspecified
	netip.MustParsePrefix("10.0.0.0/8"),         // private (RFC 1918)
	netip.MustParsePrefix("100.64.0.0/10"),      // carrier-grade NAT (RFC 6598)
	netip.MustParsePrefix("127.0.0.0/8"),        // loopback
	netip.MustParsePrefix("169.254.0.0/16"),     // link-local, cloud metadata services
	netip.MustParsePrefix("172.16.0.0/12"),      // private (RFC 1918)
	netip.MustParsePrefix("192.0.0.0/24"),       // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),       // documentation (TEST-NET-1)
	netip.MustParsePrefix("192.168.0.0/16"),     // private (RFC 1918)
	netip.MustParsePrefix("198.18.0.0/15"),      // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"),    // documentation (TEST-NET-2)
	netip.MustParsePrefix("203.0.113.0/24"),     // documentation (TEST-NET-3)
	netip.MustParsePrefix("224.0.0.0/4"),        // multicast
	netip.MustParsePrefix("240.0.0.0/4"),        // reserved, broadcast
	netip.MustParsePrefix("::/128"),             // unspecified
	netip.MustParsePrefix("::1/128"),            // loopback
	netip.MustParsePrefix("100::/64"),           // discard-only
	netip.MustParsePrefix("2001:db8::/32"),      // documentation
	netip.MustParsePrefix("fc00::/7"),           // unique local (ULA)
	netip.MustParsePrefix("fe80::/10"),          // link-local
	netip.MustParsePrefix("fec0::/10"),          // site-local (deprecated)
	netip.MustParsePrefix("ff00::/8"),           // multicast
	netip.MustParsePrefix("64:ff9b:1::/48"),     // local-use NAT64
	netip.MustParsePrefix("::ffff:0:0:0/96"),    // IPv4-translated (SIIT)
	netip.MustParsePrefix("2001::/32"),          // Teredo tunnels
	netip.MustParsePrefix("2001:10::/28"),       // ORCHID
	netip.MustParsePrefix("2001:20::/28"),       // ORCHIDv2
	netip.MustParsePrefix("5f00::/16"),          // SRv6 SIDs
	netip.MustParsePrefix("3fff::/20"),          // documentation (RFC 9637)
	netip.MustParsePrefix("::/96"),              // IPv4-compatible (deprecated)
	netip.MustParsePrefix("fd00:ec2::254/128"),  // cloud metadata over IPv6 (inside fc00::/7 too)
	netip.MustParsePrefix("192.88.99.0/24"),     // 6to4 relay anycast (deprecated)
	netip.MustParsePrefix("255.255.255.255/32"), // limited broadcast (inside 240/4 too)
}

// IPv6 blocks that embed an IPv4 address, judged by that address.
var (
	nat64Prefix     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFourPrefix = netip.MustParsePrefix("2002::/16")
)

// IsPublicAddr says whether a fetch may connect to addr when
// Options.AllowPrivate is off: false for loopback, private, link-local,
// CGNAT, unique-local, multicast, unspecified, documentation and other
// reserved blocks (nonPublicPrefixes). IPv4-mapped IPv6
// addresses are judged as their IPv4 address, and IPv4 addresses embedded
// in NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses as those.
func IsPublicAddr(addr netip.Addr) bool {
	if !addr.IsValid() {
		return false
	}
	addr = addr.Unmap()
	if addr.Is6() {
		b := addr.As16()
		switch {
		case nat64Prefix.Contains(addr):
			return IsPublicAddr(netip.AddrFrom4([4]byte(b[12:16])))
		case sixToFourPrefix.Contains(addr):
			return IsPublicAddr(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	for _, p := range nonPublicPrefixes {
		if p.Contains(addr) {
			return false
		}
	}
	return true
}

// refuseNonPublic returns a net.Dialer Control function: it runs after
// name resolution, on the very address about to be connected to, and
// refuses those allowed says no to (IsPublicAddr outside tests).
func refuseNonPublic(allowed func(netip.AddrPort) bool) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return &privateAddressError{what: fmt.Sprintf("unreadable dialled address %q", address)}
		}
		if !allowed(ap) {
			return &privateAddressError{what: ap.Addr().Unmap().String()}
		}
		return nil
	}
}

// privateAddressError is a refused dial; it matches ErrPrivateAddress.
// Fetch reports it without the dialler's "dial tcp ADDR:" around it.
type privateAddressError struct{ what string }

func (e *privateAddressError) Error() string        { return ErrPrivateAddress.Error() + ": " + e.what }
func (e *privateAddressError) Is(target error) bool { return target == ErrPrivateAddress }

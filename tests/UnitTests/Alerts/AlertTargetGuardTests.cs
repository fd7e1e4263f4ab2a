using System.Net;
using GrainMarketing.Alerts;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertTargetGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void PrivateLoopbackAndReservedAddressesAreRefused(string address) =>
        Assert.False(AlertTargetGuard.IsPublic(IPAddress.Parse(address)));

    /// <summary>IPv6 forms that carry an IPv4 address a translator or relay connects to: judged by that address.</summary>
    [Theory]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b::10.0.0.1")]
    [InlineData("64:ff9b::169.254.169.254")]
    [InlineData("64:ff9b::192.168.0.1")]
    [InlineData("2002:7f00:1::")]
    [InlineData("2002:a00:1::1")]
    [InlineData("2002:a9fe:a9fe::")]
    [InlineData("2002:c0a8:101:1::1")]
    [InlineData("::127.0.0.1")]
    [InlineData("::10.0.0.1")]
    [InlineData("::169.254.169.254")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:0:10.0.0.1")]
    public void AddressesEmbeddingAPrivateIPv4AddressAreRefused(string address) =>
        Assert.False(AlertTargetGuard.IsPublic(IPAddress.Parse(address)));

    /// <summary>Prefixes whose embedded IPv4 address is obfuscated or placed by local choice: refused whole.</summary>
    [Theory]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")]
    [InlineData("2001:0:a00:1::f5ff:fffe")]
    [InlineData("64:ff9b:1::a00:1")]
    [InlineData("64:ff9b:1:808:8:800::")]
    public void TeredoAndLocalUseNat64AreRefused(string address) =>
        Assert.False(AlertTargetGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:1.1.1.1")]
    [InlineData("64:ff9b::8.8.8.8")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:db9::1")]
    public void PublicAddressesAreAllowed(string address) =>
        Assert.True(AlertTargetGuard.IsPublic(IPAddress.Parse(address)));
}

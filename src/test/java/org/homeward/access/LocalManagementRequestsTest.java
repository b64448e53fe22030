package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

class LocalManagementRequestsTest {

    private final MockEnvironment separatePort = new MockEnvironment()
            .withProperty("local.server.port", "8080")
            .withProperty("local.management.port", "9464");

    @Test
    void aScraperOnThisMachineReadsTheManagementPortWithoutSigningIn() {
        assertThat(new LocalManagementRequests(separatePort)
                        .matches(request(9464, "127.0.0.1", "/actuator/prometheus")))
                .isTrue();
        assertThat(new LocalManagementRequests(separatePort)
                        .matches(request(9464, "0:0:0:0:0:0:0:1", "/actuator/prometheus")))
                .isTrue();
    }

    @Test
    void anotherMachineThePublicPortOrAnotherPathIsNotLetThrough() {
        LocalManagementRequests local = new LocalManagementRequests(separatePort);
        assertThat(local.matches(request(9464, "10.20.0.7", "/actuator/prometheus")))
                .isFalse();
        assertThat(local.matches(request(8080, "127.0.0.1", "/actuator/prometheus")))
                .isFalse();
        assertThat(local.matches(request(9464, "127.0.0.1", "/households"))).isFalse();
    }

    @Test
    void withoutASeparateManagementPortNothingIsLetThrough() {
        MockEnvironment samePort = new MockEnvironment()
                .withProperty("local.server.port", "8080")
                .withProperty("local.management.port", "8080");
        assertThat(new LocalManagementRequests(samePort).matches(request(8080, "127.0.0.1", "/actuator/prometheus")))
                .isFalse();
        assertThat(new LocalManagementRequests(new MockEnvironment().withProperty("local.server.port", "8080"))
                        .matches(request(8080, "127.0.0.1", "/actuator/prometheus")))
                .isFalse();
    }

    private static MockHttpServletRequest request(int localPort, String remote, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setLocalPort(localPort);
        request.setRemoteAddr(remote);
        return request;
    }
}

job "heredoc" {
  group "g" {
    task "web" {
      driver = "ecs"

      template {
        destination = "local/app.conf"
        data        = <<-EOT
          resources {
            cpu = 500
          }
        EOT
      }

      env {
        MESSAGE = <<EOF
resources { memory = 512 }
EOF
      }

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "after-heredoc" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }

      meta {
        notes = <<EOT
cpu = 500
EOT
      }
    }
  }
}

job "missing" {
  group "g" {
    task "no-block" {
      driver = "ecs"

      config {
        task_definition = "web:1"
      }

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "only-cpu" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "only-memory" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "empty" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "one-line-empty" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "one-line" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "driver-only" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }
  }
}
